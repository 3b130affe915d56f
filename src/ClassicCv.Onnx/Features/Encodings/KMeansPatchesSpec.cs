using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Settings of Coates–Ng k-means patch features. Parameters: <c>k</c> (dictionary words, default 1600), <c>patch</c>
/// (patch side in px, default 6), <c>stride</c> (step between patch positions in px, default 1), <c>sample</c> (patches
/// the whitening and dictionary are learnt from, default 100000), <c>iterations</c> (most k-means iterations, default
/// 10), <c>size</c> (resize to WxH first; default the first image's size, or 32x32 when larger). Colour training
/// images use all three channels, grayscale ones one.
/// </summary>
public sealed class KMeansPatchesSpec : IFeatureExtractorSpec
{
    /// <summary>The parameter names kmeans-patches takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["k", "patch", "stride", "sample", "iterations", "size"];

    private readonly (int Width, int Height)? _size;

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>kmeans-patches[...]</c> component.</param>
    public KMeansPatchesSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Words = parameters.Int("k", 1600, 2, 8192);
        Patch = parameters.Int("patch", 6, 2, 16);
        Stride = parameters.Int("stride", 1, 1, 16);
        Sample = parameters.Int("sample", 100_000, 1_000, 2_000_000);
        Iterations = parameters.Int("iterations", 10, 1, 200);
        _size = parameters.Size("size");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Dictionary size k.</summary>
    public int Words { get; }

    /// <summary>Patch side in pixels.</summary>
    public int Patch { get; }

    /// <summary>Step between patch positions in pixels.</summary>
    public int Stride { get; }

    /// <summary>Patches the whitening and the dictionary are learnt from.</summary>
    public int Sample { get; }

    /// <summary>Most k-means iterations.</summary>
    public int Iterations { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = _size ?? (context.ReferenceWidth <= 32 && context.ReferenceHeight <= 32 ? (context.ReferenceWidth, context.ReferenceHeight) : (32, 32));
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
