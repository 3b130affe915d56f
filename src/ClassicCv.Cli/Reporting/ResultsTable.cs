using ClassicCv.Experiments;
using ClassicCv.Reports;
using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>The console leaderboard: the metrics table, best accuracy first, and any skipped images.</summary>
internal static class ResultsTable
{
    /// <summary>Writes the table.</summary>
    public static void Write(IAnsiConsole console, RunSummary summary)
    {
        var metrics = ReportTables.Metrics(summary);
        (string Column, string Title)[] shown =
        [
            ("features", "features"), ("classifier", "classifier"), ("accuracy", "accuracy"), ("macro_f1", "macro F1"),
            ("extract_seconds", "extract s"), ("train_seconds", "train s"), ("predict_seconds", "predict s"),
        ];
        var columns = shown.Select(c => metrics.Header.ToList().IndexOf(c.Column)).ToArray();
        var accuracy = metrics.Header.ToList().IndexOf("accuracy");
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(summary.Dataset.Name)}: {summary.TrainCount} train / {summary.TestCount} test, seed {summary.Seed}");
        foreach (var (column, title) in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(title)) { Alignment = column is "features" or "classifier" ? Justify.Left : Justify.Right, NoWrap = true });
        }

        var low = metrics.Header.ToList().IndexOf("accuracy_ci_low");
        var high = metrics.Header.ToList().IndexOf("accuracy_ci_high");
        var pValue = metrics.Header.ToList().IndexOf("mcnemar_p_vs_best");
        table.AddColumn(new TableColumn("accuracy 95% CI") { Alignment = Justify.Right, NoWrap = true });
        table.AddColumn(new TableColumn("p vs best") { Alignment = Justify.Right, NoWrap = true });
        foreach (var row in metrics.Rows.OrderByDescending(row => double.Parse(row[accuracy], System.Globalization.CultureInfo.InvariantCulture)))
        {
            var interval = low >= 0 && row[low] != "" ? $"[{row[low]}, {row[high]}]" : "";
            table.AddRow([.. columns.Select(c => Markup.Escape(row[c])), Markup.Escape(interval), Markup.Escape(pValue >= 0 ? row[pValue] : "")]);
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
