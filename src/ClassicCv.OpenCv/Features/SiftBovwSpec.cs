using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The SIFT bag of visual words before its codebook is learnt; options in <see cref="SiftBovwOptions"/>.
/// </summary>
public sealed class SiftBovwSpec : FeatureSpec<SiftBovwOptions>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="SiftBovwOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public SiftBovwSpec(SiftBovwOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public SiftBovwSpec(SiftBovwOptions options, string name)
        : base(options, name)
    {
    }

    /// <summary>Codebook size k.</summary>
    public int Words => Options.Words;

    /// <summary>Dense grid step in pixels.</summary>
    public int Step => Options.Step;

    /// <summary>Side in pixels of the square a dense descriptor covers at the finest scale.</summary>
    public int Patch => Options.Patch;

    /// <summary>Number of dense scales (diameters Patch, 2·Patch, …).</summary>
    public int Scales => Options.Scales;

    /// <summary>True to use SIFT's detector instead of the dense grid.</summary>
    public bool Detect => Options.Detect;

    /// <summary>Hard or soft assignment.</summary>
    public BovwAssignment Assignment => Options.Assignment;

    /// <summary>True to add the 2×2 spatial pyramid level.</summary>
    public bool Pyramid => Options.Pyramid;

    /// <summary>Most descriptors the codebook is learnt from.</summary>
    public int Sample => Options.Sample;

    private Codebook Learn(FeatureFitContext context, SiftGeometry geometry)
    {
        context.EnsureMayLearn(Name, string.Create(CultureInfo.InvariantCulture, $"a codebook of {Words} words"));
        return CodebookLearner.Learn(context, geometry, Words, Sample);
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
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
