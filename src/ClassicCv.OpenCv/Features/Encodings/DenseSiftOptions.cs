using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// The dense SIFT descriptors <c>fisher</c> and <c>vlad</c> encode (the SIFT-BoVW dense grid), their PCA and the
/// sample the vocabulary is learnt from. Parameters: <c>step</c> (grid step in px, default 2), <c>patch</c> (side in px
/// of the square a descriptor covers at the finest scale, default 8), <c>scales</c> (dense scales, each doubling the
/// patch, default 2), <c>pca</c> (dimensions kept after RootSIFT and PCA, default 64), <c>sample</c> (descriptors the PCA
/// and the vocabulary are learnt from, default 100000), <c>size</c> (resize to WxH first; default the first image's
/// size, or 64x64 when larger).
/// </summary>
/// <param name="Step">Grid step in pixels.</param>
/// <param name="Patch">Patch side in pixels at the finest scale.</param>
/// <param name="Scales">Number of dense scales.</param>
/// <param name="Components">PCA dimensions kept.</param>
/// <param name="Sample">Descriptors the PCA and vocabulary are learnt from.</param>
/// <param name="Size">Resize to this size first, or <c>null</c> for the default.</param>
public sealed record DenseSiftOptions(int Step, int Patch, int Scales, int Components, int Sample, (int Width, int Height)? Size)
{
    /// <summary>The parameter names these options take.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["step", "patch", "scales", "pca", "sample", "size"];

    /// <summary>Reads the options from a component's parameters.</summary>
    /// <param name="parameters">The validated parameters.</param>
    public static DenseSiftOptions Parse(ComponentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new DenseSiftOptions(
            parameters.Int("step", 2, 1, 64),
            parameters.Int("patch", 8, 4, 128),
            parameters.Int("scales", 2, 1, 4),
            parameters.Int("pca", 64, 2, Codebook.DescriptorLength),
            parameters.Int("sample", 100_000, 1_000, 2_000_000),
            parameters.Size("size"));
    }

    /// <summary>The dense grid for the context's image size.</summary>
    /// <param name="name">The feature's name, for messages.</param>
    /// <param name="context">The fit context.</param>
    public SiftGeometry Geometry(string name, FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        var grid = DenseGrid.Build(width, height, Step, Patch, Scales);
        return grid.Count > 0
            ? new SiftGeometry(width, height, grid, Detect: false)
            : throw new UserInputException($"The feature '{name}' has patch={Patch} px, larger than the {width}×{height} px images; use a smaller patch or size=WxH.");
    }

    /// <summary>The settings these options contribute to the extractor's canonical settings.</summary>
    /// <param name="geometry">The resolved grid.</param>
    public string Describe(SiftGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return string.Create(CultureInfo.InvariantCulture, $"size={geometry.Width}x{geometry.Height};step={Step};patch={Patch};scales={Scales};pca={Components};sample={Sample}");
    }
}
