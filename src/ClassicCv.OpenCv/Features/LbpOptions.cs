using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>Options of the uniform LBP histogram; text form <c>lbp[grid=4,size=WxH]</c>. The defaults are what <c>lbp</c> gives.</summary>
public sealed record LbpOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Grid"/> values.</summary>
    public static IntRange GridRange { get; } = new(1, 16);

    /// <summary>Spatial cells per side, 1–16 (default 4).</summary>
    public int Grid { get; init; } = 4;

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the training images' most common size, or 64×64 when larger.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        GridRange.Check(Grid, "LbpOptions.Grid");
        OptionChecks.ImageSize(Size, "LbpOptions.Size");
    }

    /// <summary>The canonical text, e.g. <c>lbp[grid=2]</c>; <c>lbp</c> for the defaults.</summary>
    public string ToText()
    {
        var defaults = new LbpOptions();
        return ComponentText.Format("lbp", ("grid", Grid, defaults.Grid), ("size", Size, defaults.Size));
    }
}
