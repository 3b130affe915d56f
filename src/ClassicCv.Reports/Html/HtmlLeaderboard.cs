using System.Globalization;
using System.Text;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Reports.Display;

namespace ClassicCv.Reports.Html;

/// <summary>The sortable leaderboard and the pairwise-test table.</summary>
internal static class HtmlLeaderboard
{
    /// <summary>Writes the leaderboard, best accuracy first; every column sorts on click.</summary>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        html.Append("<h2>Leaderboard</h2><p class=\"muted\">Click a column to sort. Intervals are 95% bootstrap intervals; ")
            .Append(summary.CrossValidation is null ? "p is McNemar's test against the best pipeline." : "figures pool the out-of-fold predictions (see Cross-validation below); p is the corrected resampled t-test against the best mean fold accuracy.").Append("</p>");
        html.Append("<div class=\"scroll\"><table class=\"sortable\" id=\"leaderboard\"><thead><tr>");
        foreach (var (title, left) in new[]
                 {
                     ("#", false), ("pipeline", true), ("accuracy", false), ("macro F1", false), ("balanced acc.", false), ("κ", false),
                     (Leaderboard.TopKTitle(summary), false), ("log loss", false), ("p vs best", false), ("extract ms/img", false), ("train s", false), ("predict img/s", false), ("features", false),
                 })
        {
            html.Append(left ? "<th class=\"text\">" : "<th>").Append(HtmlText.Escape(title)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var entry in Leaderboard.Entries(summary))
        {
            html.Append(entry.Rank == 1 ? "<tr class=\"best\">" : "<tr>");
            Cell(html, new DisplayCell(entry.Rank, entry.Rank.ToString(CultureInfo.InvariantCulture)));
            html.Append("<td class=\"text name\" data-v=\"").Append(HtmlText.Escape(entry.Pipeline.Name)).Append("\">").Append(HtmlText.Escape(entry.Pipeline.Name)).Append("</td>");
            CellWithInterval(html, entry.Accuracy, entry.AccuracyInterval);
            CellWithInterval(html, entry.MacroF1, entry.MacroF1Interval);
            foreach (var cell in new[] { entry.BalancedAccuracy, entry.Kappa, entry.TopK, entry.LogLoss, entry.PValue, entry.ExtractMillisecondsPerImage, entry.TrainSeconds, entry.PredictImagesPerSecond, entry.FeatureLength })
            {
                Cell(html, cell);
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    /// <summary>Writes McNemar's test of every pipeline against the best one.</summary>
    public static void WritePairwise(StringBuilder html, RunSummary summary)
    {
        if (summary.PairwiseTests.Count == 0)
        {
            return;
        }

        html.Append("<h2>Is the difference real?</h2><p class=\"muted\">McNemar's test on the same ")
            .Append(summary.TestCount.ToString(CultureInfo.InvariantCulture))
            .Append(" test images: only images exactly one of the two gets right count. Exact binomial below ")
            .Append(McNemarTest.ExactThreshold.ToString(CultureInfo.InvariantCulture))
            .Append(" discordant images, continuity-corrected chi-square above.</p>");
        html.Append("<div class=\"scroll\"><table class=\"sortable\" id=\"pairwise\"><thead><tr><th class=\"text\">best</th><th class=\"text\">pipeline</th><th>accuracy gap</th><th>only best right</th><th>only pipeline right</th><th>p-value</th><th class=\"text\">test</th><th class=\"text\">at 5%</th></tr></thead><tbody>");
        foreach (var t in summary.PairwiseTests.OrderBy(t => t.AccuracyGap))
        {
            html.Append("<tr>");
            TextCell(html, t.Reference);
            TextCell(html, t.Pipeline);
            Cell(html, new DisplayCell(t.AccuracyGap, (t.AccuracyGap * 100).ToString("0.##", CultureInfo.InvariantCulture) + " points"));
            Cell(html, new DisplayCell(t.Test.OnlyReferenceCorrect, t.Test.OnlyReferenceCorrect.ToString(CultureInfo.InvariantCulture)));
            Cell(html, new DisplayCell(t.Test.OnlyOtherCorrect, t.Test.OnlyOtherCorrect.ToString(CultureInfo.InvariantCulture)));
            Cell(html, new DisplayCell(t.Test.PValue, ReportFormat.PValue(t.Test.PValue)));
            TextCell(html, t.Test.Method);
            TextCell(html, t.Test.PValue < 0.05 ? "significant" : "not significant");
            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void TextCell(StringBuilder html, string text) =>
        html.Append("<td class=\"text\" data-v=\"").Append(HtmlText.Escape(text)).Append("\">").Append(HtmlText.Escape(text)).Append("</td>");

    private static void Cell(StringBuilder html, DisplayCell cell) =>
        html.Append("<td data-v=\"").Append(cell.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "").Append("\">").Append(HtmlText.Escape(cell.Text)).Append("</td>");

    private static void CellWithInterval(StringBuilder html, DisplayCell cell, string interval)
    {
        html.Append("<td data-v=\"").Append(cell.Value?.ToString("R", CultureInfo.InvariantCulture)).Append("\">").Append(HtmlText.Escape(cell.Text));
        if (interval.Length > 0)
        {
            html.Append("<br><span class=\"ci\">").Append(interval).Append("</span>");
        }

        html.Append("</td>");
    }
}
