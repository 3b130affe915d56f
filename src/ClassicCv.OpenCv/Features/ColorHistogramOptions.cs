using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Options of the colour histogram; text form <c>color-hist[space=hsv,bins=8,grid=1,size=WxH]</c>. The defaults are what
/// <c>color-hist</c> gives.
/// </summary>
public sealed record ColorHistogramOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Bins"/> values.</summary>
    public static IntRange BinsRange { get; } = new(2, 64);

    /// <summary>Allowed <see cref="Grid"/> values.</summary>
    public static IntRange GridRange { get; } = new(1, 16);

    /// <summary>The colour space counted in (default HSV).</summary>
    public ColorSpace Space { get; init; } = ColorSpace.Hsv;

    /// <summary>Bins per channel, 2–64 (default 8).</summary>
    public int Bins { get; init; } = 8;

    /// <summary>Spatial cells per side, 1–16 (default 1).</summary>
    public int Grid { get; init; } = 1;

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the training images' most common size, or 64×64 when larger.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        OptionChecks.Defined(Space, "ColorHistogramOptions.Space");
        BinsRange.Check(Bins, "ColorHistogramOptions.Bins");
        GridRange.Check(Grid, "ColorHistogramOptions.Grid");
        OptionChecks.ImageSize(Size, "ColorHistogramOptions.Size");
    }

    /// <summary>The canonical text, e.g. <c>color-hist[bins=4]</c>; <c>color-hist</c> for the defaults.</summary>
    public string ToText()
    {
        var defaults = new ColorHistogramOptions();
        return ComponentText.Format("color-hist",
            ("space", Space, defaults.Space), ("bins", Bins, defaults.Bins), ("grid", Grid, defaults.Grid), ("size", Size, defaults.Size));
    }
}
