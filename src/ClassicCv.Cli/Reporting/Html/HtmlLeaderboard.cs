using System.Globalization;
using System.Text;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Reports;

namespace ClassicCv.Cli.Reporting.Html;

/// <summary>The sortable leaderboard and the pairwise-test table.</summary>
internal static class HtmlLeaderboard
{
    /// <summary>Writes the leaderboard, best accuracy first; every column sorts on click.</summary>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        var ranked = summary.Pipelines.OrderByDescending(p => p.Metrics.Accuracy).ToArray();
        html.Append("<h2>Leaderboard</h2><p class=\"muted\">Click a column to sort. Intervals are 95% bootstrap intervals; p is McNemar's test against the best pipeline.</p>");
        var ks = ranked.Select(p => p.Statistics?.TopK).OfType<int>().Distinct().ToArray();
        var topK = ks.Length == 1 ? string.Create(CultureInfo.InvariantCulture, $"top-{ks[0]} acc.") : "top-k acc.";
        html.Append("<div class=\"scroll\"><table class=\"sortable\" id=\"leaderboard\"><thead><tr>");
        foreach (var (title, left) in new[]
                 {
                     ("#", false), ("pipeline", true), ("accuracy", false), ("macro F1", false), ("balanced acc.", false), ("κ", false),
                     (topK, false), ("log loss", false), ("p vs best", false), ("extract ms/img", false), ("train s", false), ("predict img/s", false), ("features", false),
                 })
        {
            html.Append(left ? "<th class=\"text\">" : "<th>").Append(HtmlText.Escape(title)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            var p = ranked[rank];
            var s = p.Statistics;
            var test = summary.PairwiseTests.FirstOrDefault(t => t.Pipeline == p.Name);
            html.Append(rank == 0 ? "<tr class=\"best\">" : "<tr>");
            Cell(html, rank + 1, (rank + 1).ToString(CultureInfo.InvariantCulture));
            html.Append("<td class=\"text name\" data-v=\"").Append(HtmlText.Escape(p.Name)).Append("\">").Append(HtmlText.Escape(p.Name)).Append("</td>");
            CellWithInterval(html, p.Metrics.Accuracy, s?.Bootstrap.Accuracy);
            CellWithInterval(html, p.Metrics.MacroF1, s?.Bootstrap.MacroF1);
            Cell(html, p.Metrics.BalancedAccuracy, p.Metrics.BalancedAccuracy.ToString("0.0000", CultureInfo.InvariantCulture));
            Cell(html, p.Metrics.CohensKappa, p.Metrics.CohensKappa.ToString("0.0000", CultureInfo.InvariantCulture));
            Cell(html, s?.TopKAccuracy, s?.TopKAccuracy is { } top ? top.ToString("0.0000", CultureInfo.InvariantCulture) + (ks.Length == 1 ? "" : $" (k={s.TopK})") : "–");
            Cell(html, s?.LogLoss, s?.LogLoss is { } loss ? loss.ToString("0.0000", CultureInfo.InvariantCulture) : "–");
            Cell(html, test?.Test.PValue, test is null ? (rank == 0 ? "best" : "–") : ReportFormat.PValue(test.Test.PValue));
            Cell(html, p.ExtractMillisecondsPerImage, p.FeaturesFromCache ? "cached" : p.ExtractMillisecondsPerImage.ToString("0.000", CultureInfo.InvariantCulture));
            Cell(html, p.TrainSeconds, p.TrainSeconds.ToString("0.00", CultureInfo.InvariantCulture));
            Cell(html, p.PredictImagesPerSecond, p.PredictImagesPerSecond.ToString("#,0", CultureInfo.InvariantCulture));
            Cell(html, p.FeatureLength, p.FeatureLength.ToString(CultureInfo.InvariantCulture));
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
            Cell(html, t.AccuracyGap, (t.AccuracyGap * 100).ToString("0.##", CultureInfo.InvariantCulture) + " points");
            Cell(html, t.Test.OnlyReferenceCorrect, t.Test.OnlyReferenceCorrect.ToString(CultureInfo.InvariantCulture));
            Cell(html, t.Test.OnlyOtherCorrect, t.Test.OnlyOtherCorrect.ToString(CultureInfo.InvariantCulture));
            Cell(html, t.Test.PValue, ReportFormat.PValue(t.Test.PValue));
            TextCell(html, t.Test.Method);
            TextCell(html, t.Test.PValue < 0.05 ? "significant" : "not significant");
            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void TextCell(StringBuilder html, string text) =>
        html.Append("<td class=\"text\" data-v=\"").Append(HtmlText.Escape(text)).Append("\">").Append(HtmlText.Escape(text)).Append("</td>");

    private static void Cell(StringBuilder html, double? sortValue, string text) =>
        html.Append("<td data-v=\"").Append(sortValue is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "").Append("\">").Append(HtmlText.Escape(text)).Append("</td>");

    private static void CellWithInterval(StringBuilder html, double value, ConfidenceInterval? interval)
    {
        html.Append("<td data-v=\"").Append(value.ToString("R", CultureInfo.InvariantCulture)).Append("\">").Append(value.ToString("0.0000", CultureInfo.InvariantCulture));
        if (interval is not null)
        {
            html.Append("<br><span class=\"ci\">").Append(string.Create(CultureInfo.InvariantCulture, $"[{interval.Lower:0.000}, {interval.Upper:0.000}]")).Append("</span>");
        }

        html.Append("</td>");
    }
}
