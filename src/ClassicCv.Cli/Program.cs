using ClassicCv.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Redirected output has no terminal width; a log file reads best with tables that do not wrap.
    console.Profile.Width = 160;
}

return CliApplication.Run(args, console, Console.Error);
