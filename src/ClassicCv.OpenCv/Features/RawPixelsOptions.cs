using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>Options of raw pixel features; text form <c>raw[size=WxH,color=true]</c>. The defaults are what <c>raw</c> gives.</summary>
public sealed record RawPixelsOptions : IFeatureOptions
{
    /// <summary>Resize to this many pixels, each side 1–4096; <c>null</c> (default) for the training images' most common size, or 32×32 when that is larger than 32 px.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>True to keep three BGR channels; false (default) for gray levels.</summary>
    public bool Color { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate() => OptionChecks.ImageSize(Size, "RawPixelsOptions.Size");

    /// <summary>The canonical text, e.g. <c>raw[size=24x24]</c>; <c>raw</c> for the defaults.</summary>
    public string ToText() => ComponentText.Format("raw", ("size", Size, null), ("color", Color, false));
}
