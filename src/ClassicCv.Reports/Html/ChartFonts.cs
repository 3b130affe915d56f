using System.Collections.Concurrent;
using SkiaSharp;

namespace ClassicCv.Reports.Html;

/// <summary>
/// Picks an installed font that has every glyph of a label. Skia's SVG export drops glyphs the chosen font lacks, and
/// the self-contained SkiaSharp build ScottPlot ships cannot ask fontconfig for a fallback, so the report asks the font
/// manager itself: DejaVu Sans when it covers the text, else the installed family that draws most of what DejaVu Sans cannot.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The preferred family.</summary>
    public const string Default = "DejaVu Sans";

    private static readonly ConcurrentDictionary<string, string> Chosen = new(StringComparer.Ordinal);

    /// <summary>A font family that can draw all of <paramref name="text"/> (or <see cref="Default"/> when none can).</summary>
    /// <param name="text">The label text (several labels concatenated when they share one style).</param>
    public static string For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var distinct = new string(text.Where(ch => !char.IsWhiteSpace(ch) && !char.IsControl(ch)).Distinct().Order().ToArray());
        return Chosen.GetOrAdd(distinct, Choose);
    }

    private static string Choose(string glyphs)
    {
        using var preferred = SKTypeface.FromFamilyName(Default);
        var missing = new string(glyphs.Where(ch => !preferred.ContainsGlyph(ch)).ToArray());
        if (missing.Length == 0)
        {
            return Default;
        }

        // The family that draws most of what the default cannot, then most of the rest.
        var best = (Family: Default, Missing: 0, All: glyphs.Length - missing.Length);
        foreach (var family in SKFontManager.Default.FontFamilies)
        {
            var candidate = (Family: family, Missing: Coverage(family, missing), All: Coverage(family, glyphs));
            if (candidate.Missing > best.Missing || (candidate.Missing == best.Missing && candidate.All > best.All))
            {
                best = candidate;
            }
        }

        return best.Family;
    }

    private static int Coverage(string family, string glyphs)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return glyphs.Count(ch => typeface.ContainsGlyph(ch));
    }
}
