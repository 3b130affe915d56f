using System.Globalization;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Raw pixel intensities scaled to [0, 1], before the image size is known; options in <see cref="RawPixelsOptions"/>.
/// </summary>
public sealed class RawPixelsSpec : FeatureSpec<RawPixelsOptions>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="RawPixelsOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RawPixelsSpec(RawPixelsOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RawPixelsSpec(RawPixelsOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 32 && context.ReferenceHeight <= 32 ? (context.ReferenceWidth, context.ReferenceHeight) : (32, 32));
        var settings = string.Create(CultureInfo.InvariantCulture, $"raw:size={width}x{height};color={Options.Color}");
        return new RawPixelsExtractor(Name, settings, width, height, Options.Color);
    }
}
