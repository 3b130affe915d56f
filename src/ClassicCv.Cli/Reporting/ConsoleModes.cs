using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>Chooses the <see cref="ConsoleMode"/>.</summary>
internal static class ConsoleModes
{
    /// <summary>Quiet when asked; plain lines when the console is not interactive, output is redirected or <c>CI</c> is set; bars otherwise.</summary>
    /// <param name="console">The console.</param>
    /// <param name="quiet">Whether <c>--quiet</c> was given.</param>
    public static ConsoleMode Detect(IAnsiConsole console, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (quiet)
        {
            return ConsoleMode.Quiet;
        }

        var ci = Environment.GetEnvironmentVariable("CI");
        var onCi = !string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";
        return onCi || Console.IsOutputRedirected || !console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi ? ConsoleMode.Plain : ConsoleMode.Bars;
    }
}
