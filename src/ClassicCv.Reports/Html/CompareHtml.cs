using System.Globalization;
using System.Text;
using ClassicCv.Reports.Comparison;

namespace ClassicCv.Reports.Html;

/// <summary><c>compare.html</c>: the cross-run leaderboard as one self-contained, sortable page.</summary>
public static class CompareHtml
{
    private static readonly (string Column, string Title)[] Shown =
    [
        ("accuracy", "accuracy"), ("macro_f1", "macro F1"), ("balanced_accuracy", "balanced acc."), ("cohen_kappa", "κ"),
        ("extract_ms_per_image", "extract ms/img"), ("train_seconds", "train s"), ("predict_images_per_second", "predict img/s"), ("seed", "seed"), ("n_test", "test images"),
    ];

    /// <summary>The page.</summary>
    /// <param name="comparison">The runs read back.</param>
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlText.Escape(HtmlAssets.ContentSecurityPolicy)).Append("\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>ClassicCv comparison</title><style>")
            .Append(HtmlAssets.Css).Append("</style></head><body><main><h1>ClassicCv: runs compared</h1>");
        var runs = comparison.Pipelines.GroupBy(p => p.RunFolder).Select(g => g.First()).ToArray();
        html.Append("<div class=\"card\"><dl class=\"facts\">");
        foreach (var run in runs)
        {
            html.Append("<dt>").Append(HtmlText.Escape(run.RunId)).Append("</dt><dd>").Append(HtmlText.Escape($"{run.Dataset} ({run.Fingerprint}), {run.Split}"))
                .Append("<br><code>").Append(HtmlText.Escape(run.RunFolder)).Append("</code></dd>");
        }

        html.Append("</dl></div>");
        if (!comparison.SameTestSet)
        {
            html.Append("<div class=\"card warn\">These runs do not share one dataset fingerprint and split: their accuracies come from different test sets and are not directly comparable.</div>");
        }

        html.Append("<h2>Leaderboard</h2><p class=\"muted\">Click a column to sort. Intervals are each run's 95% bootstrap intervals.</p><div class=\"scroll\"><table class=\"sortable\" id=\"leaderboard\"><thead><tr><th>#</th><th class=\"text nowrap\">run</th><th class=\"text nowrap\">dataset</th><th class=\"text nowrap\">pipeline</th>");
        foreach (var (_, title) in Shown)
        {
            html.Append("<th>").Append(HtmlText.Escape(title)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < comparison.Pipelines.Count; i++)
        {
            var p = comparison.Pipelines[i];
            html.Append(i == 0 ? "<tr class=\"best\">" : "<tr>").Append("<td data-v=\"").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var text in new[] { p.RunId, p.Dataset, p.Name })
            {
                html.Append("<td class=\"text nowrap\" data-v=\"").Append(HtmlText.Escape(text)).Append("\">").Append(HtmlText.Escape(text)).Append("</td>");
            }

            foreach (var (column, _) in Shown)
            {
                html.Append("<td data-v=\"").Append(HtmlText.Escape(p[column])).Append("\">").Append(HtmlText.Escape(p[column] == "" ? "–" : p[column]));
                if (column == "accuracy" && p["accuracy_ci_low"] != "")
                {
                    html.Append("<br><span class=\"ci\">[").Append(HtmlText.Escape(p["accuracy_ci_low"])).Append(", ").Append(HtmlText.Escape(p["accuracy_ci_high"])).Append("]</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div><p class=\"muted\">This page loads nothing from the network.</p></main><script>").Append(HtmlAssets.Script).Append("</script></body></html>\n");
        return html.ToString();
    }
}
