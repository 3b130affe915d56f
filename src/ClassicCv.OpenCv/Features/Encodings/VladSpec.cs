using System.Globalization;
using ClassicCv.Configuration;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Settings of VLAD over dense SIFT. Parameters: <c>k</c> (k-means words, default 64), <c>iterations</c> (most k-means
/// iterations, default 20), and the dense-SIFT options of <see cref="DenseSiftOptions"/>. Length k × pca.
/// </summary>
public sealed class VladSpec : IFeatureExtractorSpec
{
    /// <summary>The kind written into the saved state.</summary>
    public const string Kind = "vlad";

    /// <summary>The parameter names vlad takes.</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["k", "iterations", .. DenseSiftOptions.ParameterNames];

    /// <summary>Validates the parameters of <paramref name="spec"/>.</summary>
    /// <param name="spec">A <c>vlad[...]</c> component.</param>
    public VladSpec(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new ComponentParameters(spec, "feature", ParameterNames);
        Name = spec.Text;
        Words = parameters.Int("k", 64, 2, 4096);
        Iterations = parameters.Int("iterations", 20, 1, 500);
        Options = DenseSiftOptions.Parse(parameters);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Words K.</summary>
    public int Words { get; }

    /// <summary>Most k-means iterations.</summary>
    public int Iterations { get; }

    /// <summary>Descriptor sampling and PCA.</summary>
    public DenseSiftOptions Options { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var geometry = Options.Geometry(Name, context);
        var (k, d) = (Words, Options.Components);
        var saved = context.SavedStates?.GetValueOrDefault(Name);
        var state = saved ?? SiftEncodingLearner.Learn(context, geometry, Options, Kind, string.Create(CultureInfo.InvariantCulture, $"k={k};iterations={Iterations}"), [("centroids", k * d)],
            projected => new Dictionary<string, float[]>(StringComparer.Ordinal) { ["centroids"] = KMeans(projected, d, k, context.Seed) }, k);
        SiftEncodingState.RequireKind(state, Kind, Name);
        var projection = SiftEncodingState.Projection(state, d);
        var encoder = new VladEncoder(state.Require("centroids", k * d), d);
        var settings = string.Create(CultureInfo.InvariantCulture, $"vlad:{Options.Describe(geometry)};k={k};iterations={Iterations};seed={context.Seed};state={state.Digest}");
        var note = saved is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Name}: RootSIFT PCA to {d} dimensions and {k} k-means words (seed {context.Seed}) learnt on at most {Options.Sample} descriptors from at most {CodebookLearner.MaxImages} training images.")
            : $"{Name}: PCA and words read from the saved model.";
        return new SiftEncodingExtractor(Name, settings, geometry, projection, encoder, state, [note]);
    }

    private float[] KMeans(float[] projected, int dimension, int words, int seed)
    {
        using var data = Mat.FromPixelData(projected.Length / dimension, dimension, MatType.CV_32FC1, projected);
        using var labels = new Mat();
        using var centers = new Mat();
        Cv2.SetTheRNG((ulong)(uint)seed);
        Cv2.Kmeans(data, words, labels, new TermCriteria(CriteriaTypes.Eps | CriteriaTypes.MaxIter, Iterations, 1e-4), 1, KMeansFlags.PpCenters, centers);
        var result = new float[words * dimension];
        centers.AsSpan<float>().CopyTo(result);
        return result;
    }
}
