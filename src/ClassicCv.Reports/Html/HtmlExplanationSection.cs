using System.Globalization;
using System.Text;
using ClassicCv.Reports.Explaining;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Html;

/// <summary>The report's explanation section: the classical-vs-deep disagreement gallery, HOG glyphs and random-forest importance.</summary>
internal static class HtmlExplanationSection
{
    /// <summary>Writes the section (nothing when there is nothing to show).</summary>
    /// <param name="html">Output.</param>
    /// <param name="summary">The run.</param>
    /// <param name="explanations">What was explained.</param>
    /// <param name="thumbnails">PNG thumbnails by dataset item index.</param>
    public static void Write(StringBuilder html, RunSummary summary, ReportExplanations explanations, IReadOnlyDictionary<int, byte[]> thumbnails)
    {
        var names = summary.Dataset.ClassNames;
        if (explanations.Classical is { } classical && explanations.Deep is { } deep)
        {
            html.Append("<h2>Classical versus deep</h2><p class=\"muted\">")
                .Append(HtmlText.Escape($"Test images where the best classical pipeline ({classical}) and the best deep one ({deep}) disagree about being right, with both occlusion maps (left: {classical}, right: {deep}; red: what the pipeline relied on)."))
                .Append("</p>");
            foreach (var classicalRight in new[] { true, false })
            {
                var shown = explanations.Disagreements.Where(d => d.ClassicalRight == classicalRight).ToArray();
                html.Append("<h3>").Append(HtmlText.Escape(classicalRight ? $"{classical} right, {deep} wrong" : $"{deep} right, {classical} wrong"))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" <span class=\"muted\">({shown.Length} shown)</span></h3><div class=\"gallery\">"));
                foreach (var d in shown)
                {
                    var image = summary.TestImages[d.Position];
                    html.Append("<figure class=\"pair triple\" title=\"").Append(HtmlText.Escape(image.Path)).Append("\">");
                    if (thumbnails.TryGetValue(image.Item, out var png))
                    {
                        HtmlText.AppendPng(html, png, image.Id);
                    }

                    HtmlText.AppendPng(html, d.ClassicalMap, $"{classical} occlusion map");
                    HtmlText.AppendPng(html, d.DeepMap, $"{deep} occlusion map");
                    html.Append("<figcaption><span class=\"truth\">").Append(HtmlText.Escape(names[image.Label])).Append("</span>: ")
                        .Append(HtmlText.Escape(names[d.ClassicalPredicted])).Append(" / ").Append(HtmlText.Escape(names[d.DeepPredicted])).Append("</figcaption></figure>");
                }

                html.Append("</div>");
            }
        }

        if (explanations.MillisecondsPerMap.Count > 0)
        {
            html.Append("<p class=\"muted\">Cost of one occlusion map (8-px patch, stride 4, on the image as decoded): ")
                .Append(HtmlText.Escape(string.Join("; ", explanations.MillisecondsPerMap.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value:0.0} ms")))))
                .Append(".</p>");
        }

        foreach (var glyphs in explanations.Glyphs)
        {
            html.Append("<h2>What ").Append(HtmlText.Escape(glyphs.Features)).Append(" sees</h2><p class=\"muted\">HOG glyphs: in every cell, one line per orientation bin along the edge direction, as bright as the bin. Per class, the mean descriptor of its training images; last, one test image and its descriptor.</p><div class=\"gallery glyphs\">");
            for (var k = 0; k < glyphs.ClassMeans.Count; k++)
            {
                html.Append("<figure>");
                HtmlText.AppendPng(html, glyphs.ClassMeans[k], $"mean HOG of {names[k]}");
                html.Append("<figcaption>").Append(HtmlText.Escape(names[k])).Append("</figcaption></figure>");
            }

            var sample = summary.TestImages[glyphs.ImagePosition];
            html.Append("<figure class=\"pair\">");
            if (thumbnails.TryGetValue(sample.Item, out var thumb))
            {
                HtmlText.AppendPng(html, thumb, sample.Id);
            }

            HtmlText.AppendPng(html, glyphs.ImageGlyph, $"HOG of {sample.Id}");
            html.Append("<figcaption>").Append(HtmlText.Escape(sample.Id)).Append("</figcaption></figure></div>");
        }

        foreach (var (pipeline, png) in explanations.ForestImportance)
        {
            html.Append("<h2>").Append(HtmlText.Escape(pipeline)).Append(": variable importance on the image</h2><p class=\"muted\">The forest's split importance of every HOG value, summed over orientation bins and averaged over the blocks sharing a cell (red: the cells the trees split on most).</p><div class=\"gallery glyphs\"><figure>");
            HtmlText.AppendPng(html, png, $"{pipeline} importance");
            html.Append("</figure></div>");
        }
    }
}
