using Spectre.Console.Testing;

namespace ClassicCv.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, console, error);
        return new CliRun(exitCode, console.Output, error.ToString());
    }
}
