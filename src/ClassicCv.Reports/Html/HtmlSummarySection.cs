using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>The run's facts (dataset, split, seed, versions, rerun command), the verdict, and skipped images and warnings.</summary>
internal static class HtmlSummarySection
{
    /// <summary>Writes the summary card and the verdict.</summary>
    public static void Write(StringBuilder html, RunSummary summary)
    {
        var d = summary.Dataset;
        html.Append("<div class=\"card\"><dl class=\"facts\">");
        Fact(html, "dataset", $"{d.Name} ({d.Format}), {d.ImageCount} images, {d.ClassNames.Count} classes");
        Fact(html, "source", d.Source);
        Fact(html, "fingerprint", d.Fingerprint);
        Fact(html, "split", $"{summary.SplitDescription}: {summary.TrainCount} train / {summary.TestCount} test images");
        Fact(html, "seed", summary.Seed.ToString(CultureInfo.InvariantCulture));
        Fact(html, "when", summary.StartedUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Fact(html, "duration", string.Create(CultureInfo.InvariantCulture, $"{summary.DurationSeconds:0.0} s"));
        if (summary.PeakMemoryBytes > 0)
        {
            Fact(html, "peak memory", string.Create(CultureInfo.InvariantCulture, $"{summary.PeakMemoryBytes / 1048576.0:0} MiB (working set of the whole run)"));
        }

        if (summary.BootstrapResamples > 0)
        {
            Fact(html, "intervals", string.Create(CultureInfo.InvariantCulture, $"95% percentile bootstrap, {summary.BootstrapResamples} resamples of the test set, seed {summary.Seed}"));
        }

        Fact(html, "versions", string.Join(", ", summary.Versions.Select(v => $"{v.Key} {v.Value}")));
        html.Append("<dt>rerun</dt><dd><pre>").Append(HtmlText.Escape(summary.CommandLine)).Append("</pre></dd>");
        html.Append("</dl></div>");
        WriteVerdict(html, summary);
    }

    /// <summary>Writes skipped images and warnings (nothing when there are none).</summary>
    public static void WriteProblems(StringBuilder html, RunSummary summary)
    {
        if (summary.Skipped.Count == 0 && summary.Warnings.Count == 0)
        {
            return;
        }

        html.Append("<h2>Skipped images and warnings</h2><div class=\"card warn\">");
        if (summary.Warnings.Count > 0)
        {
            html.Append("<h3>Warnings</h3><ul class=\"plain\">");
            foreach (var warning in summary.Warnings)
            {
                html.Append("<li>").Append(HtmlText.Escape(warning)).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (summary.Skipped.Count > 0)
        {
            html.Append("<h3>").Append(summary.Skipped.Count.ToString(CultureInfo.InvariantCulture)).Append(" skipped image(s)</h3><ul class=\"plain\">");
            foreach (var skipped in summary.Skipped.Take(200))
            {
                html.Append("<li><code>").Append(HtmlText.Escape(skipped.Path)).Append("</code>: ").Append(HtmlText.Escape(skipped.Reason)).Append("</li>");
            }

            if (summary.Skipped.Count > 200)
            {
                html.Append("<li>… and ").Append((summary.Skipped.Count - 200).ToString(CultureInfo.InvariantCulture)).Append(" more (all are listed in run.json)</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>");
    }

    private static void WriteVerdict(StringBuilder html, RunSummary summary)
    {
        var ranked = summary.Pipelines.OrderByDescending(p => p.Metrics.Accuracy).ToArray();
        if (ranked.Length == 0)
        {
            return;
        }

        var best = ranked[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Best: {best.Name}, accuracy {best.Metrics.Accuracy:P1}");
        if (best.Statistics is { } s)
        {
            text.Append(CultureInfo.InvariantCulture, $" (95% CI {s.Bootstrap.Accuracy.Lower:P1}–{s.Bootstrap.Accuracy.Upper:P1})");
        }

        if (ranked.Length > 1)
        {
            var second = ranked[1];
            var test = summary.PairwiseTests.FirstOrDefault(t => t.Pipeline == second.Name);
            text.Append(CultureInfo.InvariantCulture, $". Runner-up: {second.Name}, {(best.Metrics.Accuracy - second.Metrics.Accuracy) * 100:0.##} points behind");
            if (test is not null)
            {
                var verdict = test.Test.PValue < 0.05 ? "a real difference at the 5% level" : "not a significant difference at the 5% level";
                text.Append(CultureInfo.InvariantCulture, $"; McNemar p = {Reports.ReportFormat.PValue(test.Test.PValue)} on {test.Test.Discordant} discordant images: {verdict}");
            }
        }

        html.Append("<div class=\"card\"><strong>").Append(HtmlText.Escape(text.Append('.').ToString())).Append("</strong></div>");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(HtmlText.Escape(name)).Append("</dt><dd>").Append(HtmlText.Escape(value)).Append("</dd>");
}
