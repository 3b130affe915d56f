using System.Diagnostics;
using Spectre.Console.Testing;

namespace ClassicCv.Cli.Tests;

/// <summary>Runs the command line and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <paramref name="args"/> in-process.</summary>
    public static CliRun Of(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, console, error);
        return new CliRun(exitCode, console.Output, error.ToString());
    }

    /// <summary>
    /// Runs <paramref name="args"/> as its own <c>classiccv</c> process that file permissions apply to: as root, under
    /// <c>setpriv</c> without the capabilities that let root read and write past them (<c>CAP_DAC_OVERRIDE</c>,
    /// <c>CAP_DAC_READ_SEARCH</c>), so a folder of mode 000 is as closed to the program as to any other user.
    /// </summary>
    public static CliRun BoundByPermissions(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess ? "setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] prefix = Environment.IsPrivilegedProcess ? ["--bounding-set=-dac_override,-dac_read_search", "dotnet"] : [];
        foreach (var arg in (string[])[.. prefix, Sharding.ClassicCvProcess.Dll, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error);
    }
}
