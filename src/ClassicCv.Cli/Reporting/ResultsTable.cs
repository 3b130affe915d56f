using ClassicCv.Experiments;
using ClassicCv.Reports.Display;
using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>The console leaderboard (the HTML report's numbers, formatted the same way), best accuracy first, and any skipped images.</summary>
internal static class ResultsTable
{
    /// <summary>Writes the table.</summary>
    public static void Write(IAnsiConsole console, RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(summary.Dataset.Name)}: {summary.TrainCount} train / {summary.TestCount} test, seed {summary.Seed}");
        foreach (var title in new[] { "features", "classifier", "accuracy", "95% CI", "macro F1", "p vs best", "extract ms/img", "train s", "predict img/s" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(title)) { Alignment = title is "features" or "classifier" ? Justify.Left : Justify.Right, NoWrap = title is not "features" });
        }

        foreach (var entry in Leaderboard.Entries(summary))
        {
            string[] cells =
            [
                entry.Pipeline.Features, entry.Pipeline.Classifier, entry.Accuracy.Text, entry.AccuracyInterval, entry.MacroF1.Text, entry.PValue.Text,
                entry.ExtractMillisecondsPerImage.Text, entry.TrainSeconds.Text, entry.PredictImagesPerSecond.Text,
            ];
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        console.Write(table);
        foreach (var warning in summary.Warnings)
        {
            console.MarkupLine($"[yellow]note:[/] {Markup.Escape(warning)}");
        }

        if (summary.Skipped.Count > 0)
        {
            console.MarkupLine($"[yellow]{summary.Skipped.Count} image(s) skipped:[/]");
            foreach (var skipped in summary.Skipped.Take(10))
            {
                console.MarkupLine($"  {Markup.Escape(skipped.Path)} {Markup.Escape(skipped.Reason)}");
            }

            if (summary.Skipped.Count > 10)
            {
                console.MarkupLine($"  … and {summary.Skipped.Count - 10} more (all are listed in run.json)");
            }
        }
    }
}
