using System.Globalization;
using System.Text;
using ClassicCv.Experiments;
using ClassicCv.Studies.Slices;

namespace ClassicCv.Reports.Html;

/// <summary>The report's honest-data sections: the leakage audit (leaked pairs with thumbnails, duplicates within each split) and the slices.</summary>
internal static class HtmlHonestDataSection
{
    /// <summary>Leaked pairs shown with thumbnails; the rest are counted (all are in leakage.csv and run.json).</summary>
    public const int ShownPairs = 48;

    /// <summary>Appends the leakage section when the run audited its split.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    /// <param name="thumbnails">PNG thumbnails by dataset item index.</param>
    public static void WriteLeakage(StringBuilder html, RunSummary summary, IReadOnlyDictionary<int, byte[]> thumbnails)
    {
        if (summary.Leakage is not { } audit)
        {
            return;
        }

        html.Append("<h2>Leakage audit</h2><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"{audit.TrainAudited} training and {audit.TestAudited} test images audited in {audit.Seconds:0.00} s: exact duplicates have identical decoded pixels; near duplicates have pHash values within {audit.Options.MaxHashDistance} bits and 16×16 grayscale copies whose correlation is at least {audit.Options.MinCorrelation} and whose gradient correlation is at least {audit.Options.MinGradientCorrelation} ({audit.Candidates} candidate pairs checked).")))
            .Append("</p><p>")
            .Append(HtmlText.Escape(audit.Leaked.Count == 0
                ? "No test image is also in the training split."
                : Invariant($"{audit.Leaked.Count} test images are also in the training split ({audit.ExactLeaks} exact, {audit.NearLeaks} near duplicates){(audit.Dropped ? " and were dropped from the test split (--drop-leaked): the figures above are without them." : "; the figures above include them (--drop-leaked removes them).")}")))
            .Append(' ')
            .Append(HtmlText.Escape(Invariant($"Within the training split: {audit.WithinTrain.ExactPairs} exact and {audit.WithinTrain.NearPairs} near duplicate pairs ({audit.WithinTrain.Images} images); within the test split: {audit.WithinTest.ExactPairs} exact and {audit.WithinTest.NearPairs} near pairs ({audit.WithinTest.Images} images).")))
            .Append("</p>");
        if (audit.Leaked.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"scroll\"><table id=\"leakage\"><thead><tr><th class=\"text\">test image</th><th class=\"text\">training image</th><th class=\"text\">kind</th><th>hash distance</th><th>correlation</th><th class=\"text\">labels</th></tr></thead><tbody>");
        foreach (var leak in audit.Leaked.Take(ShownPairs))
        {
            html.Append("<tr>");
            Image(html, thumbnails, leak.TestItem, leak.TestId);
            Image(html, thumbnails, leak.TrainItem, leak.TrainId + (leak.TrainTwins > 1 ? Invariant($" (and {leak.TrainTwins - 1} more)") : ""));
            html.Append("<td class=\"text\">").Append(leak.Kind == Leakage.DuplicateKind.Exact ? "exact" : "near").Append("</td>")
                .Append("<td>").Append(Invariant($"{leak.HashDistance}")).Append("</td><td>").Append(Invariant($"{leak.Correlation:0.0000}")).Append("</td>")
                .Append("<td class=\"text\">").Append(leak.SameLabel ? "same" : "different").Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (audit.Leaked.Count > ShownPairs)
        {
            html.Append("<p class=\"muted\">").Append(HtmlText.Escape(Invariant($"{audit.Leaked.Count - ShownPairs} more in leakage.csv."))).Append("</p>");
        }
    }

    /// <summary>Appends the slices section when the run has a <c>--slice-by</c> study.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    public static void WriteSlices(StringBuilder html, RunSummary summary)
    {
        if (summary.Slices is not { } study)
        {
            return;
        }

        html.Append("<h2>Slices by ").Append(HtmlText.Escape(study.Column)).Append("</h2><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"Every pipeline's accuracy and macro-F1 on the test images of each value of '{study.Column}', with 95% bootstrap intervals. A slice is flagged when it is significantly less accurate than the rest of the test split: {SliceReport.Method}, at {study.Alpha}.")))
            .Append("</p><div class=\"scroll\"><table class=\"sortable\" id=\"slices\"><thead><tr><th class=\"text\">pipeline</th><th class=\"text\">")
            .Append(HtmlText.Escape(study.Column)).Append("</th><th>images</th><th>accuracy</th><th>macro F1</th><th>accuracy of the rest</th><th>Holm p</th><th class=\"text\">at 5%</th></tr></thead><tbody>");
        foreach (var r in study.Results)
        {
            html.Append("<tr>")
                .Append("<td class=\"text name\">").Append(HtmlText.Escape(r.Pipeline)).Append("</td><td class=\"text\">").Append(HtmlText.Escape(r.Value)).Append("</td>")
                .Append("<td>").Append(Invariant($"{r.Count}")).Append("</td>")
                .Append("<td>").Append(Invariant($"{r.Accuracy:0.000}<br><span class=\"ci\">[{r.AccuracyCi.Lower:0.000}, {r.AccuracyCi.Upper:0.000}]</span>")).Append("</td>")
                .Append("<td>").Append(Invariant($"{r.MacroF1:0.000}<br><span class=\"ci\">[{r.MacroF1Ci.Lower:0.000}, {r.MacroF1Ci.Upper:0.000}]</span>")).Append("</td>")
                .Append("<td>").Append(double.IsNaN(r.RestAccuracy) ? "–" : Invariant($"{r.RestAccuracy:0.000}")).Append("</td>")
                .Append("<td>").Append(Invariant($"{r.HolmPValue:0.0000}")).Append("</td>")
                .Append("<td class=\"text\">").Append(r.SignificantlyBelow ? "<strong>below the rest</strong>" : "cannot tell apart").Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void Image(StringBuilder html, IReadOnlyDictionary<int, byte[]> thumbnails, int item, string id)
    {
        html.Append("<td class=\"text\">");
        if (thumbnails.TryGetValue(item, out var png))
        {
            HtmlText.AppendPng(html, png, id);
            html.Append("<br>");
        }

        html.Append(HtmlText.Escape(id)).Append("</td>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
