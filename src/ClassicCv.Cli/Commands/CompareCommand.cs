using System.Globalization;
using ClassicCv.Reports.Html;
using ClassicCv.Files;
using ClassicCv.Reports.Comparison;
using ClassicCv.Reports.Exporters;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary><c>classiccv compare</c>: a cross-run leaderboard from existing report folders, without retraining.</summary>
internal sealed class CompareCommand(IAnsiConsole console) : Command<CompareSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var comparison = RunComparison.Load(settings.RunFolders);
        var output = settings.Out ?? Path.Combine("reports", "compare-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var failures = new List<string>();
        Write(Path.Combine(output, "compare.csv"), () => CsvTableWriter.ToCsv(comparison.ToTable()), failures);
        Write(Path.Combine(output, "compare.html"), () => CompareHtml.Render(comparison), failures);
        var table = new Table().Border(TableBorder.Rounded).Title("runs compared");
        foreach (var column in new[] { "run", "dataset", "pipeline", "accuracy", "macro F1" })
        {
            table.AddColumn(column);
        }

        foreach (var p in comparison.Pipelines)
        {
            table.AddRow(Markup.Escape(p.RunId), Markup.Escape(p.Dataset), Markup.Escape(p.Name), Markup.Escape(p["accuracy"]), Markup.Escape(p["macro_f1"]));
        }

        console.Write(table);
        if (!comparison.SameTestSet)
        {
            console.MarkupLine("[yellow]note:[/] the runs do not share one dataset fingerprint and split, so their accuracies come from different test sets.");
        }

        foreach (var failure in failures)
        {
            console.MarkupLine($"[red]file not written:[/] {Markup.Escape(failure)}");
        }

        console.MarkupLine($"Comparison: [bold]{Markup.Escape(Path.GetFullPath(output))}[/]");
        return failures.Count == 0 ? 0 : 1;
    }

    private static void Write(string path, Func<string> render, List<string> failures)
    {
        try
        {
            AtomicFile.WriteAllText(path, render());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            failures.Add($"{path}: {exception.Message}");
        }
    }
}
