using System.Globalization;
using System.Text;
using ClassicCv.Reports.Explaining;
using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;

namespace ClassicCv.Reports.Html;

/// <summary>
/// <c>index.html</c>: one self-contained page (inline CSS, inline SVG charts, thumbnails as data URIs, one inline
/// script allowed by hash) that opens from disk with no server and no network. Every string from data is escaped.
/// </summary>
public sealed class HtmlReportExporter : ExporterBase
{
    /// <summary>Default number of misclassified images shown per pipeline.</summary>
    public const int DefaultGalleryCap = 24;

    private readonly IReadOnlyDictionary<int, byte[]> _thumbnails;
    private readonly int _galleryCap;

    /// <summary>Creates the exporter.</summary>
    /// <param name="thumbnails">PNG thumbnail per dataset item index (rendered beforehand; may be empty).</param>
    /// <param name="galleryCap">Most misclassified images shown per pipeline, at least 0.</param>
    public HtmlReportExporter(IReadOnlyDictionary<int, byte[]> thumbnails, int galleryCap = DefaultGalleryCap)
    {
        ArgumentNullException.ThrowIfNull(thumbnails);
        ArgumentOutOfRangeException.ThrowIfNegative(galleryCap);
        _thumbnails = thumbnails;
        _galleryCap = galleryCap;
    }

    /// <summary>Occlusion maps, disagreement gallery, HOG glyphs and forest importance to show (none by default).</summary>
    public ReportExplanations Explanations { get; init; } = ReportExplanations.Empty;

    /// <inheritdoc />
    public override string Name => "html";

    /// <summary>
    /// The dataset items whose thumbnails the page shows (render them before exporting): each pipeline's misclassified
    /// images, the explanations' disagreement gallery and HOG glyph images, and both images of the first leaked pairs.
    /// </summary>
    /// <param name="summary">The run.</param>
    /// <param name="explanations">What the page will show about why pipelines decide.</param>
    /// <param name="galleryCap">Most misclassified images shown per pipeline, at least 0.</param>
    public static IReadOnlyList<int> ShownItems(RunSummary summary, ReportExplanations explanations, int galleryCap = DefaultGalleryCap)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(explanations);
        return GallerySelection.AllItems(summary, galleryCap)
            .Concat(explanations.Disagreements.Select(d => summary.TestImages[d.Position].Item))
            .Concat(explanations.Glyphs.Select(g => summary.TestImages[g.ImagePosition].Item))
            .Concat(summary.Leakage?.Leaked.Take(HtmlHonestDataSection.ShownPairs).SelectMany(l => new[] { l.TestItem, l.TrainItem }) ?? [])
            .Distinct().ToArray();
    }

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("index.html", Page(summary));
    }

    private string Page(RunSummary summary)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlText.Escape(HtmlAssets.ContentSecurityPolicy)).Append("\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>ClassicCv report: ").Append(HtmlText.Escape(summary.Dataset.Name)).Append(' ').Append(HtmlText.Escape(summary.RunId)).Append("</title>")
            .Append("<style>").Append(HtmlAssets.Css).Append("</style></head><body><main>");
        html.Append("<h1>ClassicCv report: ").Append(HtmlText.Escape(summary.Dataset.Name)).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(HtmlText.Escape(Invariant($"run {summary.RunId}, started {summary.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, took {summary.DurationSeconds:0.0} s"))).Append("</p>");
        HtmlSummarySection.Write(html, summary);
        HtmlLeaderboard.Write(html, summary);
        if (summary.Pipelines.Count > 0)
        {
            html.Append("<h2>Accuracy versus cost</h2><p class=\"muted\">Orange points, joined by the orange line, are Pareto-optimal: no other pipeline is both cheaper and more accurate.</p>")
                .Append("<div class=\"scroll\">").Append(SvgCharts.AccuracyVersusCost(summary.Pipelines)).Append("</div>");
        }

        HtmlLeaderboard.WritePairwise(html, summary);
        HtmlCrossValidationSection.Write(html, summary);
        HtmlRobustnessSection.Write(html, summary);
        HtmlLearningCurveSection.Write(html, summary);
        HtmlHonestDataSection.WriteSlices(html, summary);
        HtmlHonestDataSection.WriteLeakage(html, summary, _thumbnails);
        html.Append("<h2>Per pipeline</h2>");
        var best = summary.Pipelines.Count == 0 ? null : summary.Pipelines.MaxBy(p => p.Metrics.Accuracy);
        foreach (var pipeline in summary.Pipelines.OrderByDescending(p => p.Metrics.Accuracy))
        {
            HtmlPipelineSection.Write(html, summary, pipeline, open: ReferenceEquals(pipeline, best), GallerySelection.Misclassified(summary, pipeline, _galleryCap), _thumbnails,
                Explanations.GalleryMaps.GetValueOrDefault(pipeline.Name) ?? new Dictionary<int, byte[]>());
        }

        HtmlExplanationSection.Write(html, summary, Explanations, _thumbnails);

        HtmlSummarySection.WriteProblems(html, summary);
        html.Append("<p class=\"muted\">Written by classiccv ").Append(HtmlText.Escape(summary.Versions.GetValueOrDefault("classiccv", ""))).Append(". This page loads nothing from the network.</p>");
        html.Append("</main><script>").Append(HtmlAssets.Script).Append("</script></body></html>\n");
        return html.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
