using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Coates–Ng k-means patch features before the whitening and dictionary are learnt; options in <see cref="KMeansPatchesOptions"/>. Colour training images use all three channels, grayscale ones one.
/// </summary>
public sealed class KMeansPatchesSpec : FeatureSpec<KMeansPatchesOptions>
{
    /// <summary>Validates the options; the name is their canonical text (<see cref="KMeansPatchesOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public KMeansPatchesSpec(KMeansPatchesOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public KMeansPatchesSpec(KMeansPatchesOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 32 && context.ReferenceHeight <= 32 ? (context.ReferenceWidth, context.ReferenceHeight) : (32, 32));
        if (width < Options.Patch + Options.Stride || height < Options.Patch + Options.Stride)
        {
            throw new UserInputException($"The feature '{Name}' has patch={Options.Patch} px and stride={Options.Stride} px, too large for {width}×{height} px images (each side needs at least patch + stride); use a smaller patch or size=WxH.");
        }

        var saved = context.SavedStates?.GetValueOrDefault(Name);
        if (saved is null)
        {
            context.EnsureMayLearn(Name, string.Create(CultureInfo.InvariantCulture, $"a whitening and a dictionary of {Options.Words} words"));
        }

        var channels = saved is null ? (GrayscaleProbe.IsGrayscale(context) ? 1 : 3) : SavedChannels(saved);
        var geometry = new PatchGeometry(width, height, channels, Options.Patch, Options.Stride);
        var dictionary = saved is null
            ? PatchDictionaryLearner.Learn(context, geometry, Options)
            : PatchDictionary.FromState(saved, geometry.Dimension, Options.Words, $"{Name}: whitening and dictionary read from the saved model.");
        // The whitening's ε is not written out: it only shapes the learnt state, whose digest is here, so a model saved
        // before ε became an option (learnt with 0.1, the default then) still resolves to the settings it was saved with.
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"kmeans-patches:size={width}x{height};channels={channels};k={Options.Words};patch={Options.Patch};stride={Options.Stride};sample={Options.Sample};iterations={Options.Iterations};seed={context.Seed};state={dictionary.State.Digest}");
        return new KMeansPatchesExtractor(Name, settings, geometry, dictionary);
    }

    private int SavedChannels(FeatureState saved)
    {
        var dimension = saved.Arrays.TryGetValue("mean", out var mean) ? mean.Length : 0;
        return dimension == Options.Patch * Options.Patch ? 1 : dimension == 3 * Options.Patch * Options.Patch ? 3
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The saved state of '{Name}' has {dimension} values per patch; expected {Options.Patch * Options.Patch} (grayscale) or {3 * Options.Patch * Options.Patch} (colour)."));
    }
}
