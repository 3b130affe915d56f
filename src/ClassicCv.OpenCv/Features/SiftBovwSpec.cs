using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Settings of the SIFT bag of visual words. Parameters: <c>k</c> (codebook words, default 256), <c>step</c> (dense
/// grid step in px, default 4), <c>patch</c> (side in px of the square each dense descriptor covers at the finest scale,
/// default 8), <c>scales</c> (dense scales, each twice the previous patch, default 1), <c>detect</c> (use SIFT's detected keypoints instead of the
/// dense grid, default false), <c>assign</c> (hard or soft, default hard), <c>pyramid</c> (add the 2×2 spatial pyramid
/// level to the 1×1 histogram, default false), <c>sample</c> (most descriptors the codebook is learnt from, default
/// 50000), <c>size</c> (resize to WxH first; default the training images' most common size, or 64x64 when larger).
/// </summary>
public sealed class SiftBovwSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names SIFT-BoVW takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["k", "step", "patch", "scales", "detect", "assign", "pyramid", "sample", "size"];

    private readonly (int Width, int Height)? _size;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>sift-bovw[...]</c> component.</param>
    public SiftBovwSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Words = parameters.Int("k", 256, 2, 4096);
        Step = parameters.Int("step", 4, 1, 64);
        Patch = parameters.Int("patch", 8, 4, 128);
        Scales = parameters.Int("scales", 1, 1, 4);
        Detect = parameters.Bool("detect", false);
        Assignment = Enum.Parse<BovwAssignment>(parameters.Choice("assign", "hard", ["hard", "soft"]), ignoreCase: true);
        Pyramid = parameters.Bool("pyramid", false);
        Sample = parameters.Int("sample", 50_000, 1_000, 2_000_000);
        _size = parameters.Size("size");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Codebook size k.</summary>
    public int Words { get; }

    /// <summary>Dense grid step in pixels.</summary>
    public int Step { get; }

    /// <summary>Side in pixels of the square a dense descriptor covers at the finest scale.</summary>
    public int Patch { get; }

    /// <summary>Number of dense scales (diameters Patch, 2·Patch, …).</summary>
    public int Scales { get; }

    /// <summary>True to use SIFT's detector instead of the dense grid.</summary>
    public bool Detect { get; }

    /// <summary>Hard or soft assignment.</summary>
    public BovwAssignment Assignment { get; }

    /// <summary>True to add the 2×2 spatial pyramid level.</summary>
    public bool Pyramid { get; }

    /// <summary>Most descriptors the codebook is learnt from.</summary>
    public int Sample { get; }

    private Codebook Learn(FeatureFitContext context, SiftGeometry geometry)
    {
        context.EnsureMayLearn(Name, string.Create(CultureInfo.InvariantCulture, $"a codebook of {Words} words"));
        return CodebookLearner.Learn(context, geometry, Words, Sample);
    }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = _size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        var grid = Detect ? [] : DenseGrid.Build(width, height, Step, Patch, Scales);
        if (!Detect && grid.Count == 0)
        {
            throw new UserInputException($"The feature '{Name}' has patch={Patch} px, larger than the {width}×{height} px images; use a smaller patch or size=WxH.");
        }

        var geometry = new SiftGeometry(width, height, grid, Detect);
        var codebook = context.SavedCodebooks?.GetValueOrDefault(Name) ?? Learn(context, geometry);
        if (codebook.Words != Words)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The feature '{Name}' asks for {Words} words, but its saved codebook has {codebook.Words}."));
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"sift-bovw:size={width}x{height};k={Words};step={Step};patch={Patch};scales={Scales};detect={Detect};assign={Assignment};pyramid={Pyramid};sample={Sample};seed={context.Seed};codebook={codebook.Digest}");
        var notes = codebook.Notes;
        return new SiftBovwExtractor(Name, settings, geometry, codebook, Assignment, Pyramid, notes);
    }
}
