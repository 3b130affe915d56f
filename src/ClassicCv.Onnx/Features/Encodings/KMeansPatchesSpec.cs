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

    /// <summary>Dictionary size k.</summary>
    public int Words => Options.Words;

    /// <summary>Patch side in pixels.</summary>
    public int Patch => Options.Patch;

    /// <summary>Step between patch positions in pixels.</summary>
    public int Stride => Options.Stride;

    /// <summary>Patches the whitening and the dictionary are learnt from.</summary>
    public int Sample => Options.Sample;

    /// <summary>Most k-means iterations.</summary>
    public int Iterations => Options.Iterations;

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Options.Size ?? (context.ReferenceWidth <= 32 && context.ReferenceHeight <= 32 ? (context.ReferenceWidth, context.ReferenceHeight) : (32, 32));
        if (width < Patch + Stride || height < Patch + Stride)
        {
            throw new UserInputException($"The feature '{Name}' has patch={Patch} px and stride={Stride} px, too large for {width}×{height} px images (each side needs at least patch + stride); use a smaller patch or size=WxH.");
        }

        var saved = context.SavedStates?.GetValueOrDefault(Name);
        if (saved is null)
        {
            context.EnsureMayLearn(Name, string.Create(CultureInfo.InvariantCulture, $"a whitening and a dictionary of {Words} words"));
        }

        var channels = saved is null ? (GrayscaleProbe.IsGrayscale(context) ? 1 : 3) : SavedChannels(saved);
        var geometry = new PatchGeometry(width, height, channels, Patch, Stride);
        var dictionary = saved is null
            ? PatchDictionaryLearner.Learn(context, geometry, Words, Sample, Iterations)
            : PatchDictionary.FromState(saved, geometry.Dimension, Words, $"{Name}: whitening and dictionary read from the saved model.");
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"kmeans-patches:size={width}x{height};channels={channels};k={Words};patch={Patch};stride={Stride};sample={Sample};iterations={Iterations};seed={context.Seed};state={dictionary.State.Digest}");
        return new KMeansPatchesExtractor(Name, settings, geometry, dictionary);
    }

    private int SavedChannels(FeatureState saved)
    {
        var dimension = saved.Arrays.TryGetValue("mean", out var mean) ? mean.Length : 0;
        return dimension == Patch * Patch ? 1 : dimension == 3 * Patch * Patch ? 3
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The saved state of '{Name}' has {dimension} values per patch; expected {Patch * Patch} (grayscale) or {3 * Patch * Patch} (colour)."));
    }
}
