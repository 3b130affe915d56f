using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Settings of the colour histogram: a joint 3-D histogram of <c>bins</c>³ cells per spatial cell, L1-normalised.
/// Parameters: <c>space</c> (hsv, rgb or lab; default hsv), <c>bins</c> (bins per channel, default 8), <c>grid</c>
/// (spatial cells per side, default 1), <c>size</c> (resize to WxH first; default the training images' most common size, or 64x64 when
/// larger). When the training images are grayscale it counts an intensity histogram of 4 × <c>bins</c> levels instead.
/// </summary>
public sealed class ColorHistogramSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names the colour histogram takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["space", "bins", "grid", "size"];

    private readonly (int Width, int Height)? _size;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>color-hist[...]</c> component.</param>
    public ColorHistogramSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Space = Enum.Parse<ColorSpace>(parameters.Choice("space", "hsv", ["hsv", "rgb", "lab"]), ignoreCase: true);
        Bins = parameters.Int("bins", 8, 2, 64);
        Grid = parameters.Int("grid", 1, 1, 16);
        _size = parameters.Size("size");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The colour space counted in.</summary>
    public ColorSpace Space { get; }

    /// <summary>Bins per channel.</summary>
    public int Bins { get; }

    /// <summary>Spatial cells per side.</summary>
    public int Grid { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = _size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        if (width < Grid || height < Grid)
        {
            throw new Errors.UserInputException($"The feature '{Name}' has grid={Grid}, more cells than the {width}×{height} px images have pixels; use a smaller grid or size=WxH.");
        }

        var gray = IsGrayscale(context);
        var notes = gray
            ? [$"{Name}: the training images are grayscale, so it counts an intensity histogram of {4 * Bins} levels per cell instead of {Space.ToString().ToUpperInvariant()} colours."]
            : Array.Empty<string>();
        var space = gray ? "gray" : Space.ToString().ToLowerInvariant();
        var settings = string.Create(CultureInfo.InvariantCulture, $"color-hist:size={width}x{height};space={space};bins={Bins};grid={Grid}");
        return new ColorHistogramExtractor(Name, settings, width, height, gray ? null : Space, Bins, Grid, notes);
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
