using ClassicCv.Cli.ExperimentFiles;
using ClassicCv.Errors;
using ClassicCv.Files;
using ClassicCv.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary><c>classiccv init</c>: writes a commented experiment file with every option of <c>run</c> and its default.</summary>
internal sealed class InitCommand(IAnsiConsole console) : Command<InitSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.File) && !settings.Force)
        {
            throw new UserInputException($"'{settings.File}' exists; pass --force to replace it, or name another file.");
        }

        OutputPaths.RequireWritableFile("FILE", settings.File);
        AtomicFile.WriteAllText(settings.File, ExperimentFile.Template());
        console.MarkupLine($"Wrote [bold]{Markup.Escape(settings.File)}[/]; run it with classiccv run --config {Markup.Escape(settings.File)}");
        return 0;
    }
}
