using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Settings of the HOG extractor (OpenCV <c>HOGDescriptor</c>). Parameters: <c>cell</c> (cell side in pixels; default 4
/// for images up to 32 px, else 8), <c>block</c> (cells per block side, default 2), <c>stride</c> (block stride in cells,
/// default 1), <c>bins</c> (orientation bins, default 9), <c>signed</c> (0–360° gradients, default false), <c>size</c>
/// (resize to WxH first; default the training images' most common size, or 64x64 when that is larger than 64 px), <c>preset</c>
/// (<c>opencv</c>: OpenCV's default geometry, 8-px cells, 2×2-cell blocks, 1-cell stride, 9 bins; <c>skimage</c>:
/// scikit-image's <c>hog</c> defaults, 8-px cells, 3×3-cell blocks, 1-cell stride, 9 bins; parameters written
/// alongside a preset override it).
/// </summary>
public sealed class HogSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names HOG takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["cell", "block", "stride", "bins", "signed", "size", "preset"];

    private readonly int? _cell;
    private readonly (int Width, int Height)? _size;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>hog[...]</c> component.</param>
    public HogSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        var preset = parameters.Choice("preset", "none", ["none", "opencv", "skimage"]);
        _cell = parameters.IntOrNull("cell", 2, 256) ?? (preset == "none" ? null : 8);
        BlockCells = parameters.Int("block", preset == "skimage" ? 3 : 2, 1, 16);
        StrideCells = parameters.Int("stride", 1, 1, 16);
        Bins = parameters.Int("bins", 9, 2, 64);
        Signed = parameters.Bool("signed", false);
        _size = parameters.Size("size");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Cells per block side.</summary>
    public int BlockCells { get; }

    /// <summary>Block stride in cells.</summary>
    public int StrideCells { get; }

    /// <summary>Orientation bins.</summary>
    public int Bins { get; }

    /// <summary>True for 0–360° gradient orientations, false for 0–180°.</summary>
    public bool Signed { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notes = new List<string>();
        var (width, height) = _size ?? DefaultSize(context.ReferenceWidth, context.ReferenceHeight);
        var cell = _cell ?? (Math.Max(width, height) <= 32 ? 4 : 8);
        var block = cell * BlockCells;
        var stride = cell * StrideCells;
        if (stride > block)
        {
            throw new Errors.UserInputException($"The feature '{Name}' has stride={StrideCells} cells, larger than block={BlockCells} cells; expected stride ≤ block.");
        }

        if (width < block || height < block)
        {
            throw new Errors.UserInputException($"The feature '{Name}' needs images of at least {block}×{block} px (block {BlockCells} × cell {cell}), but they are {width}×{height}; use a smaller cell or block, or size=WxH.");
        }

        var windowWidth = block + ((width - block) / stride * stride);
        var windowHeight = block + ((height - block) / stride * stride);
        if (windowWidth != width || windowHeight != height)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: {width}×{height} images do not fit whole {block}-px blocks at a {stride}-px stride; HOG reads the centred {windowWidth}×{windowHeight} window."));
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"hog:size={width}x{height};window={windowWidth}x{windowHeight};cell={cell};block={BlockCells};stride={StrideCells};bins={Bins};signed={Signed}");
        return new HogExtractor(Name, settings, width, height, windowWidth, windowHeight, cell, block, stride, Bins, Signed, notes);
    }

    private static (int Width, int Height) DefaultSize(int width, int height) =>
        width <= 64 && height <= 64 ? (width, height) : (64, 64);
}
