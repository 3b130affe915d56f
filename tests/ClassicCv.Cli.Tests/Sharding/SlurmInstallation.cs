using System.Diagnostics;

namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>
/// Debian's Slurm (slurmctld, slurmd, slurm-client) and munge, installed with apt-get when missing (as CI does, as root).
/// Services are kept from starting during the install (a policy-rc.d that refuses), so the test starts every daemon itself.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class SlurmInstallation
{
    public static readonly string[] Packages = ["slurmctld", "slurmd", "slurm-client", "munge"];

    public static readonly string[] Programs = ["/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/bin/sinfo", "/usr/sbin/munged"];

    private static readonly Lazy<string?> Problem = new(Install);

    /// <summary><c>null</c> when Slurm is installed (installing it if needed), else why it cannot be.</summary>
    public static string? WhyUnavailable => Problem.Value;

    private static string? Install()
    {
        if (Programs.All(File.Exists))
        {
            return null;
        }

        if (!File.Exists("/usr/bin/apt-get"))
        {
            return $"the Slurm end-to-end test needs Debian's {string.Join(", ", Packages)}, and this machine has no apt-get to install them";
        }

        if (Environment.UserName != "root")
        {
            return $"the Slurm end-to-end test needs Debian's {string.Join(", ", Packages)}; they are missing and only root can apt-get install them (run ./test.sh as root, as CI does)";
        }

        const string policy = "/usr/sbin/policy-rc.d";
        var ownPolicy = !File.Exists(policy);
        if (ownPolicy)
        {
            File.WriteAllText(policy, "#!/bin/sh\n# Written by ClassicCv's Slurm test while it installs Slurm: no service starts.\nexit 101\n");
            File.SetUnixFileMode(policy, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        try
        {
            var update = AptGet("update", "-qq");
            var install = AptGet(["install", "-y", "-qq", "--no-install-recommends", .. Packages]);
            return install.ExitCode == 0 && Programs.All(File.Exists)
                ? null
                : $"the Slurm end-to-end test is SKIPPED: apt-get could not install {string.Join(", ", Packages)} (update exit {update.ExitCode}, install exit {install.ExitCode}: {install.Error.Trim().Split('\n')[^1]})";
        }
        finally
        {
            if (ownPolicy)
            {
                File.Delete(policy);
            }
        }
    }

    private static (int ExitCode, string Error) AptGet(params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        return (process.ExitCode, error);
    }
}
