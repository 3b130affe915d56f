using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>The report's cross-validation section: mean ± std over the folds per pipeline and the corrected resampled t-tests.</summary>
internal static class HtmlCrossValidationSection
{
    /// <summary>Appends the section when the run used <c>--evaluation cv</c>.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        if (summary.CrossValidation is not { } cv)
        {
            return;
        }

        html.Append("<h2>Cross-validation</h2><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"{cv.Folds}-fold stratified cross-validation × {cv.Repeats} repeat(s) over {summary.TestCount} images (seed {cv.Seed}; repeat r shuffles with seed + r). Mean ± sample standard deviation over the {cv.Folds * cv.Repeats} folds. The leaderboard above pools the first repeat's out-of-fold predictions: every image predicted once, by the fold that did not train on it.")))
            .Append("</p><div class=\"scroll\"><table id=\"cv-summary\"><thead><tr><th class=\"text\">pipeline</th><th>accuracy</th><th>macro F1</th><th>p vs best</th></tr></thead><tbody>");
        foreach (var p in cv.Pipelines.OrderByDescending(p => p.MeanAccuracy))
        {
            var test = cv.Comparisons.FirstOrDefault(c => c.Pipeline == p.Pipeline);
            html.Append("<tr><td class=\"text\">").Append(HtmlText.Escape(p.Pipeline))
                .Append("</td><td>").Append(Invariant($"{p.MeanAccuracy:0.0000} ± {p.StdAccuracy:0.0000}"))
                .Append("</td><td>").Append(Invariant($"{p.MeanMacroF1:0.0000} ± {p.StdMacroF1:0.0000}"))
                .Append("</td><td>").Append(test is null ? "best" : HtmlText.Escape(ReportFormat.PValue(test.Test.PValue))).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (cv.Comparisons.Count == 0)
        {
            return;
        }

        html.Append("<h3>Is the difference real?</h3><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"The Nadeau-Bengio corrected resampled t-test on the fold accuracies: t = mean difference / √((1/{cv.Folds * cv.Repeats} + n_test/n_train) · variance), with n_test/n_train = {cv.TestTrainRatio:0.0000} and {cv.Folds * cv.Repeats - 1} degrees of freedom. McNemar's test does not apply: the folds' models are not one classifier.")))
            .Append("</p><div class=\"scroll\"><table id=\"cv-pairwise\"><thead><tr><th class=\"text\">best</th><th class=\"text\">pipeline</th><th>accuracy gap</th><th>t</th><th>p-value</th><th class=\"text\">test</th><th class=\"text\">at 5%</th></tr></thead><tbody>");
        foreach (var c in cv.Comparisons.OrderBy(c => c.AccuracyGap))
        {
            html.Append("<tr><td class=\"text\">").Append(HtmlText.Escape(c.Reference)).Append("</td><td class=\"text\">").Append(HtmlText.Escape(c.Pipeline))
                .Append("</td><td>").Append(Invariant($"{c.AccuracyGap * 100:0.##} points"))
                .Append("</td><td>").Append(double.IsFinite(c.Test.Statistic) ? Invariant($"{c.Test.Statistic:0.000}") : "∞")
                .Append("</td><td>").Append(HtmlText.Escape(ReportFormat.PValue(c.Test.PValue)))
                .Append("</td><td class=\"text\">").Append(HtmlText.Escape(c.Test.Method))
                .Append("</td><td class=\"text\">").Append(c.Test.PValue < 0.05 ? "significant" : "not significant").Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
