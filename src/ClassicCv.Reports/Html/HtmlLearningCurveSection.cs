using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>The report's learning-curve section: the chart with interval bands, the crossover statement and the best-deep-versus-best-classical table.</summary>
internal static class HtmlLearningCurveSection
{
    /// <summary>Appends the section when the run has a <c>--learning-curve</c> study.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        if (summary.LearningCurve is not { } curve)
        {
            return;
        }

        html.Append("<h2>Learning curve</h2><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"Every pipeline trained again on nested, stratified subsets of the training split (seed {curve.Seed}; the smaller subsets lie inside the larger ones) and tested on the same {summary.TestCount} test images. Bands are 95% bootstrap intervals; the last point is this run's leaderboard.")))
            .Append("</p><p><strong>").Append(HtmlText.Escape(curve.Statement)).Append("</strong></p>")
            .Append("<div class=\"scroll\">").Append(StudyCharts.LearningCurve(curve)).Append("</div>");
        if (curve.Comparisons.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"scroll\"><table id=\"learning-curve\"><thead><tr><th class=\"text\">size</th><th class=\"text\">best deep</th><th class=\"text\">best classical</th><th>p (McNemar)</th><th class=\"text\">deep better at 5%</th></tr></thead><tbody>");
        foreach (var c in curve.Comparisons)
        {
            html.Append("<tr><td class=\"text\">").Append(HtmlText.Escape(c.Size)).Append("</td><td class=\"text\">").Append(HtmlText.Escape(c.Deep))
                .Append("</td><td class=\"text\">").Append(HtmlText.Escape(c.Classical)).Append("</td><td>").Append(c.Test.PValue.ToString("0.0000", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"text\">").Append(c.DeepBetter ? "yes" : "no").Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
