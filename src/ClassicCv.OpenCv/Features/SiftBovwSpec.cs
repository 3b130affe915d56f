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

    private Codebook Learn(FeatureFitContext context, SiftGeometry geometry)
    {
        context.EnsureMayLearn(Name, string.Create(CultureInfo.InvariantCulture, $"a codebook of {Options.Words} words"));
        return CodebookLearner.Learn(context, geometry, Options.Words, Options.Sample);
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        var grid = Options.Detect ? [] : DenseGrid.Build(width, height, Options.Step, Options.Patch, Options.Scales);
        if (!Options.Detect && grid.Count == 0)
        {
            throw new UserInputException($"The feature '{Name}' has patch={Options.Patch} px, larger than the {width}×{height} px images; use a smaller patch or size=WxH.");
        }

        var geometry = new SiftGeometry(width, height, grid, Options.Detect);
        var codebook = context.SavedCodebooks?.GetValueOrDefault(Name) ?? Learn(context, geometry);
        if (codebook.Words != Options.Words)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The feature '{Name}' asks for {Options.Words} words, but its saved codebook has {codebook.Words}."));
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"sift-bovw:size={width}x{height};k={Options.Words};step={Options.Step};patch={Options.Patch};scales={Options.Scales};detect={Options.Detect};assign={Options.Assignment};pyramid={Options.Pyramid};sample={Options.Sample};seed={context.Seed};codebook={codebook.Digest}");
        var notes = codebook.Notes;
        return new SiftBovwExtractor(Name, settings, geometry, codebook, Options.Assignment, Options.Pyramid, notes);
    }
}
