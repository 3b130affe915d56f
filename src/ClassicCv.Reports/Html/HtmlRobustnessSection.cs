using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>The report's robustness section: the summary table (mean corruption accuracy, paired test against the most robust pipeline) and one accuracy-versus-severity chart per corruption.</summary>
internal static class HtmlRobustnessSection
{
    /// <summary>Appends the section when the run has a <c>--corruptions</c> study.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        if (summary.Robustness is not { } study)
        {
            return;
        }

        html.Append("<h2>Robustness to corrupted images</h2><p class=\"muted\">")
            .Append(HtmlText.Escape(Invariant($"Every pipeline classified the same corrupted copies of {study.TestCount} test images (seed {study.Seed}); training images were never corrupted. Mean corruption accuracy averages every corruption × severity; p is McNemar's test against the most robust pipeline on every (image, corruption, severity) case. Intervals are 95% bootstrap intervals over images. The charts share the first one's legend.")))
            .Append("</p>");
        html.Append("<div class=\"scroll\"><table class=\"sortable\" id=\"robustness\"><thead><tr><th class=\"text\">pipeline</th><th>clean accuracy</th><th>mean corruption accuracy</th><th>mean drop</th><th>p vs most robust</th><th class=\"text\">at 5%</th></tr></thead><tbody>");
        foreach (var p in study.Pipelines)
        {
            html.Append(p.VersusMostRobust is null ? "<tr class=\"best\">" : "<tr>")
                .Append("<td class=\"text name\" data-v=\"").Append(HtmlText.Escape(p.Pipeline)).Append("\">").Append(HtmlText.Escape(p.Pipeline)).Append("</td>");
            Number(html, p.CleanAccuracy, "0.000");
            html.Append("<td data-v=\"").Append(Invariant($"{p.MeanCorruptionAccuracy:0.######}")).Append("\">").Append(Invariant($"{p.MeanCorruptionAccuracy:0.000}"))
                .Append("<br><span class=\"ci\">").Append(Invariant($"[{p.MeanCorruptionInterval.Lower:0.000}, {p.MeanCorruptionInterval.Upper:0.000}]")).Append("</span></td>");
            Number(html, p.MeanDrop, "0.000");
            if (p.VersusMostRobust is { } test)
            {
                Number(html, test.PValue, "0.0000");
                html.Append("<td class=\"text\">").Append(test.PValue < 0.05 ? "less robust" : "cannot tell apart").Append("</td>");
            }
            else
            {
                html.Append("<td data-v=\"-1\">–</td><td class=\"text\">most robust</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        foreach (var note in study.Notes)
        {
            html.Append("<p class=\"muted\">").Append(HtmlText.Escape(note)).Append("</p>");
        }

        html.Append("<div class=\"gallery\">");
        var corruptions = study.Results.Select(r => r.Corruption).Distinct(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < corruptions.Length; i++)
        {
            html.Append(StudyCharts.AccuracyVersusSeverity(study, corruptions[i], legend: i == 0));
        }

        html.Append("</div>");
    }

    private static void Number(StringBuilder html, double value, string format) =>
        html.Append("<td data-v=\"").Append(Invariant($"{value:0.######}")).Append("\">").Append(value.ToString(format, CultureInfo.InvariantCulture)).Append("</td>");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
