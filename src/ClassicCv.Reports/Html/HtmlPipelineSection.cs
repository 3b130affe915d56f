using System.Globalization;
using System.Text;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>One pipeline's details: confusion heatmap, per-class F1 bars, most-confused pairs and misclassified images.</summary>
internal static class HtmlPipelineSection
{
    /// <summary>Writes the section as a collapsible block.</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="open">Whether the block starts expanded.</param>
    /// <param name="gallery">Positions in <see cref="RunSummary.TestImages"/> of the misclassified images to show.</param>
    /// <param name="thumbnails">PNG thumbnails by dataset item index.</param>
    /// <param name="maps">Occlusion overlay PNGs by test position (for some of the gallery's images).</param>
    public static void Write(StringBuilder html, RunSummary summary, PipelineResult pipeline, bool open, IReadOnlyList<int> gallery, IReadOnlyDictionary<int, byte[]> thumbnails, IReadOnlyDictionary<int, byte[]> maps)
    {
        var names = summary.Dataset.ClassNames;
        html.Append(open ? "<details class=\"pipeline\" open>" : "<details class=\"pipeline\">")
            .Append("<summary>").Append(HtmlText.Escape(pipeline.Name))
            .Append(string.Create(CultureInfo.InvariantCulture, $" <span class=\"muted\">accuracy {pipeline.Metrics.Accuracy:0.0000}, macro F1 {pipeline.Metrics.MacroF1:0.0000}</span>"))
            .Append("</summary>");
        if (pipeline.Settings.Count > 0)
        {
            html.Append("<p class=\"muted\">settings: ").Append(HtmlText.Escape(string.Join(", ", pipeline.Settings.Select(s => $"{s.Key}={s.Value}")))).Append("</p>");
        }

        html.Append(names.Count > HtmlHeatmap.DenseAbove ? "<div>" : "<div class=\"two\">").Append("<div><h3>Confusion matrix</h3><p class=\"muted\">Rows are true classes, colour is the share of the row <span class=\"legend\"></span> 0 → 1; hover a cell for counts.</p><div class=\"scroll\">")
            .Append(HtmlHeatmap.Render(pipeline.Metrics.Confusion, names))
            .Append("</div></div><div><h3>F1 per class</h3><div class=\"scroll\">")
            .Append(SvgCharts.ClassF1Bars(pipeline))
            .Append("</div></div></div>");
        WriteConfusedPairs(html, pipeline);
        HtmlScoreCharts.Write(html, pipeline, names);
        WriteGallery(html, summary, pipeline, gallery, thumbnails, maps);
        html.Append("</details>");
    }

    private static void WriteConfusedPairs(StringBuilder html, PipelineResult pipeline)
    {
        var pairs = pipeline.Statistics?.MostConfused ?? [];
        html.Append("<h3>Most confused classes</h3>");
        if (pairs.Count == 0)
        {
            html.Append("<p class=\"muted\">No confusions.</p>");
            return;
        }

        html.Append("<table><thead><tr><th class=\"text\">true class</th><th class=\"text\">predicted as</th><th>images</th><th>share of the true class</th></tr></thead><tbody>");
        foreach (var pair in pairs)
        {
            html.Append("<tr><td class=\"text\">").Append(HtmlText.Escape(pair.TrueName)).Append("</td><td class=\"text\">").Append(HtmlText.Escape(pair.PredictedName))
                .Append("</td><td>").Append(pair.Count.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(pair.ShareOfTrue.ToString("P1", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void WriteGallery(StringBuilder html, RunSummary summary, PipelineResult pipeline, IReadOnlyList<int> gallery, IReadOnlyDictionary<int, byte[]> thumbnails, IReadOnlyDictionary<int, byte[]> maps)
    {
        var wrong = pipeline.TestPredictions is null ? 0 : summary.TestImages.Where((image, i) => pipeline.TestPredictions.Labels[i] != image.Label).Count();
        html.Append("<h3>Misclassified test images</h3><p class=\"muted\">")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{wrong} misclassified; showing {gallery.Count} (spread over the true classes); all are in predictions.csv. The first {maps.Count} carry their occlusion map (red: where covering the image lowers the predicted class's probability most)."))
            .Append("</p><div class=\"gallery\">");
        var names = summary.Dataset.ClassNames;
        foreach (var position in gallery)
        {
            var image = summary.TestImages[position];
            var predicted = pipeline.TestPredictions!.Labels[position];
            html.Append(maps.ContainsKey(position) ? "<figure class=\"pair\" title=\"" : "<figure title=\"").Append(HtmlText.Escape(image.Path)).Append("\">");
            if (thumbnails.TryGetValue(image.Item, out var png))
            {
                HtmlText.AppendPng(html, png, image.Id);
            }

            if (maps.TryGetValue(position, out var map))
            {
                HtmlText.AppendPng(html, map, "occlusion map of " + image.Id);
            }

            html.Append("<figcaption><span class=\"truth\">").Append(HtmlText.Escape(names[image.Label])).Append("</span> → <span class=\"wrong\">")
                .Append(HtmlText.Escape(names[predicted])).Append("</span></figcaption></figure>");
        }

        html.Append("</div>");
    }
}
