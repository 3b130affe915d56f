using System.Globalization;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The colour histogram (a joint 3-D histogram of bins³ cells per spatial cell, L1-normalised; an intensity histogram of 4 × bins levels when the training images are grayscale), before it has seen data; options in <see cref="ColorHistogramOptions"/>.
/// </summary>
public sealed class ColorHistogramSpec : FeatureSpec<ColorHistogramOptions>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="ColorHistogramOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ColorHistogramSpec(ColorHistogramOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ColorHistogramSpec(ColorHistogramOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        if (width < Options.Grid || height < Options.Grid)
        {
            throw new Errors.UserInputException($"The feature '{Name}' has grid={Options.Grid}, more cells than the {width}×{height} px images have pixels; use a smaller grid or size=WxH.");
        }

        var gray = IsGrayscale(context);
        var notes = gray
            ? [$"{Name}: the training images are grayscale, so it counts an intensity histogram of {4 * Options.Bins} levels per cell instead of {Options.Space.ToString().ToUpperInvariant()} colours."]
            : Array.Empty<string>();
        var space = gray ? "gray" : Options.Space.ToString().ToLowerInvariant();
        var settings = string.Create(CultureInfo.InvariantCulture, $"color-hist:size={width}x{height};space={space};bins={Options.Bins};grid={Options.Grid}");
        return new ColorHistogramExtractor(Name, settings, width, height, gray ? null : Options.Space, Options.Bins, Options.Grid, notes);
    }

    private static bool IsGrayscale(FeatureFitContext context)
    {
        // A saved pipeline carries the space it was fitted with: re-deciding from zero images would always say grayscale.
        var saved = context.SavedSettings?.Split(" + ").FirstOrDefault(part => part.StartsWith("color-hist:", StringComparison.Ordinal));
        if (saved is not null)
        {
            return saved.Contains(";space=gray;", StringComparison.Ordinal);
        }

        return GrayscaleProbe.IsGrayscale(context);
    }
}
