using System.Globalization;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The HOG extractor (OpenCV <c>HOGDescriptor</c>) before it has seen data; its options, their ranges and defaults are
/// <see cref="HogOptions"/>.
/// </summary>
public sealed class HogSpec : FeatureSpec<HogOptions>
{
    /// <summary>Validates the options; the name is their canonical text (e.g. <c>hog[cell=4]</c>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public HogSpec(HogOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by, e.g. <c>hog[cell=4]</c>; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public HogSpec(HogOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var (width, height) = Options.Size ?? DefaultSize(context.ReferenceWidth, context.ReferenceHeight);
        var cell = Options.Cell ?? (Math.Max(width, height) <= 32 ? 4 : 8);
        var block = cell * Options.Block;
        var stride = cell * Options.Stride;
        if (stride > block)
        {
            throw new Errors.UserInputException($"The feature '{Name}' has stride={Options.Stride} cells, larger than block={Options.Block} cells; expected stride ≤ block.");
        }

        if (width < block || height < block)
        {
            throw new Errors.UserInputException($"The feature '{Name}' needs images of at least {block}×{block} px (block {Options.Block} × cell {cell}), but they are {width}×{height}; use a smaller cell or block, or size=WxH.");
        }

        var windowWidth = block + ((width - block) / stride * stride);
        var windowHeight = block + ((height - block) / stride * stride);
        if (windowWidth != width || windowHeight != height)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: {width}×{height} images do not fit whole {block}-px blocks at a {stride}-px stride; HOG reads the centred {windowWidth}×{windowHeight} window."));
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"hog:size={width}x{height};window={windowWidth}x{windowHeight};cell={cell};block={Options.Block};stride={Options.Stride};bins={Options.Bins};signed={Options.Signed}");
        return new HogExtractor(Name, settings, width, height, windowWidth, windowHeight, cell, block, stride, Options.Bins, Options.Signed, notes);
    }

    private static (int Width, int Height) DefaultSize(int width, int height) =>
        width <= 64 && height <= 64 ? (width, height) : (64, 64);
}
