using System.Globalization;
using System.Text;
using ClassicCv.Evaluation;

namespace ClassicCv.Reports.Html;

/// <summary>
/// A confusion matrix as an HTML table coloured by row-normalised share (white 0 → dark blue 1): class names stay text
/// (they wrap, and every cell has a tooltip), and above 25 classes the cells shrink to small squares.
/// </summary>
internal static class HtmlHeatmap
{
    /// <summary>Class count above which counts are hidden and cells shrink.</summary>
    public const int DenseAbove = 25;

    /// <summary>The table's HTML.</summary>
    /// <param name="confusion">The confusion matrix.</param>
    /// <param name="classNames">Class names, by label.</param>
    public static string Render(ConfusionMatrix confusion, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        ArgumentNullException.ThrowIfNull(classNames);
        var dense = classNames.Count > DenseAbove;
        var html = new StringBuilder();
        html.Append(dense ? "<table class=\"heatmap dense\">" : "<table class=\"heatmap\">");
        html.Append("<thead><tr><th class=\"row\"><div>true ↓ / predicted →</div></th>");
        foreach (var name in classNames)
        {
            html.Append("<th class=\"col\" title=\"").Append(HtmlText.Escape(name)).Append("\"><span>").Append(HtmlText.Escape(name)).Append("</span></th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var t = 0; t < classNames.Count; t++)
        {
            var support = confusion.RowTotal(t);
            html.Append("<tr><th class=\"row\" title=\"").Append(HtmlText.Escape(classNames[t])).Append("\"><div>").Append(HtmlText.Escape(classNames[t])).Append("</div></th>");
            for (var p = 0; p < classNames.Count; p++)
            {
                var count = confusion[t, p];
                var share = support == 0 ? 0 : (double)count / support;
                var title = string.Create(CultureInfo.InvariantCulture, $"{classNames[t]} → {classNames[p]}: {count} of {support} ({share:P1})");
                html.Append("<td style=\"").Append(CellStyle(share, t == p)).Append("\" title=\"").Append(HtmlText.Escape(title)).Append("\">")
                    .Append(count == 0 ? "" : count.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string CellStyle(double share, bool diagonal)
    {
        // White to #08306b (matplotlib's "Blues" end); text turns white on dark cells.
        var r = (int)Math.Round(255 + ((8 - 255) * share));
        var g = (int)Math.Round(255 + ((48 - 255) * share));
        var b = (int)Math.Round(255 + ((107 - 255) * share));
        var ink = share > 0.5 ? "#fff" : "#1d2330";
        var outline = diagonal ? ";outline:1px solid #9aa3b2;outline-offset:-1px" : "";
        return string.Create(CultureInfo.InvariantCulture, $"background:#{r:x2}{g:x2}{b:x2};color:{ink}{outline}");
    }
}
