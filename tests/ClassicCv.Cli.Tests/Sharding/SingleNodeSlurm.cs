using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ClassicCv.Cli.Tests.Sharding;

/// <summary>
/// A one-node Slurm cluster in a temporary folder: its own munge key and socket, a minimal slurm.conf (linuxproc process
/// tracking, no task or cgroup plugin, cons_tres on one 2-CPU node at 127.0.0.1, free ports), and munged, slurmctld
/// and slurmd started in the foreground; disposing stops each by the process id it started.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class SingleNodeSlurm : IDisposable
{
    private readonly List<Process> _daemons = [];

    public SingleNodeSlurm(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(Path.Combine(folder, "state"));
        Directory.CreateDirectory(Path.Combine(folder, "spool"));
        var key = Path.Combine(folder, "munge.key");
        File.WriteAllBytes(key, RandomNumberGenerator.GetBytes(1024));
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Config = Path.Combine(folder, "slurm.conf");
        File.WriteAllText(Config, $"""
            ClusterName=classiccv-test
            SlurmctldHost=localhost(127.0.0.1)
            SlurmUser=root
            SlurmdUser=root
            SlurmctldPort={FreePort()}
            SlurmdPort={FreePort()}
            AuthType=auth/munge
            AuthInfo=socket={Socket}
            CryptoType=crypto/munge
            StateSaveLocation={folder}/state
            SlurmdSpoolDir={folder}/spool
            SlurmctldPidFile={folder}/slurmctld.pid
            SlurmdPidFile={folder}/slurmd.pid
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_CPU
            SchedulerType=sched/builtin
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            MpiDefault=none
            MailProg=/bin/true
            ReturnToService=2
            SlurmdTimeout=30
            NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=1000 State=UNKNOWN
            PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP

            """);
        Start("munged", $"/usr/sbin/munged -F --force -S {Socket} --key-file={key} --log-file={folder}/munged.log --pid-file={folder}/munged.pid --seed-file={folder}/munged.seed");
        WaitFor(() => File.Exists(Socket), "munged to create its socket");
        Start("slurmctld", $"/usr/sbin/slurmctld -D -i -f {Config}");
        Start("slurmd", $"/usr/sbin/slurmd -D -N localhost -f {Config}");
        WaitFor(() => Client("/usr/bin/sinfo", ["-h", "-o", "%T"], TimeSpan.FromSeconds(10)).Output.Trim() == "idle", "the node to be idle");
    }

    public string Folder { get; }

    public string Config { get; }

    private string Socket => Path.Combine(Folder, "munge.socket");

    /// <summary>The process ids of the daemons this cluster started.</summary>
    public IReadOnlyList<int> DaemonIds => _daemons.Select(d => d.Id).ToArray();

    /// <summary>Runs a Slurm client command with this cluster's configuration.</summary>
    public (int ExitCode, string Output) Client(string program, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SLURM_CONF"] = Config;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"{program} timed out after {timeout.TotalSeconds} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Stops every daemon it started (SIGTERM, then SIGKILL after 10 s), by process id.</summary>
    public void Dispose()
    {
        foreach (var daemon in Enumerable.Reverse(_daemons))
        {
            if (!daemon.HasExited)
            {
                using var term = Process.Start("/bin/kill", ["-TERM", daemon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                term.WaitForExit();
                if (!daemon.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    daemon.Kill();
                    daemon.WaitForExit();
                }
            }

            daemon.Dispose();
        }
    }

    private void Start(string name, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec {command} > {Folder}/{name}.out 2>&1");
        start.Environment["SLURM_CONF"] = Config;
        _daemons.Add(Process.Start(start)!);
    }

    private void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30) || _daemons.Any(d => d.HasExited))
            {
                var logs = string.Join("\n", Directory.GetFiles(Folder, "*.out").Select(f => $"{Path.GetFileName(f)}: {File.ReadAllText(f)}"));
                throw new InvalidOperationException($"Slurm did not start: waited {clock.Elapsed.TotalSeconds:F0} s for {what}.\n{logs}");
            }

            Thread.Sleep(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
