using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Raw pixel intensities scaled to [0, 1]. Parameters: <c>size</c> (resize to WxH; default the training images' most common size, or
/// 32x32 when that is larger than 32 px), <c>color</c> (keep three BGR channels, default false).
/// </summary>
public sealed class RawPixelsSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names raw pixels take.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["size", "color"];

    private readonly (int Width, int Height)? _size;
    private readonly bool _color;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>raw[...]</c> component.</param>
    public RawPixelsSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        _size = parameters.Size("size");
        _color = parameters.Bool("color", false);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = _size ?? (context.ReferenceWidth <= 32 && context.ReferenceHeight <= 32 ? (context.ReferenceWidth, context.ReferenceHeight) : (32, 32));
        var settings = string.Create(CultureInfo.InvariantCulture, $"raw:size={width}x{height};color={_color}");
        return new RawPixelsExtractor(Name, settings, width, height, _color);
    }
}
