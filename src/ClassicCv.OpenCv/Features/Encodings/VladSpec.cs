using System.Globalization;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// VLAD over dense SIFT before its PCA and words are learnt; options in <see cref="VladOptions"/>.
/// </summary>
public sealed class VladSpec : FeatureSpec<VladOptions>
{
    /// <summary>The kind written into the saved state.</summary>
    public const string Kind = "vlad";

    /// <summary>Validates the options; the name is their canonical text (<see cref="VladOptions.ToText"/>).</summary>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public VladSpec(VladOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Validates the options and keeps the name the user wrote.</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The text reports and the feature cache call it by; a saved pipeline is re-created by parsing it, so it must be text the feature catalog reads back to <paramref name="options"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public VladSpec(VladOptions options, string name)
        : base(options, name)
    {
    }

    /// <inheritdoc />
    public override IFeatureExtractor Fit(FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var geometry = Options.DenseSift.Geometry(Name, context);
        var (k, d) = (Options.Words, Options.DenseSift.Components);
        var saved = context.SavedStates?.GetValueOrDefault(Name);
        var state = saved ?? SiftEncodingLearner.Learn(context, geometry, Options.DenseSift, Kind, string.Create(CultureInfo.InvariantCulture, $"k={k};iterations={Options.Iterations}"), [("centroids", k * d)],
            projected => new Dictionary<string, float[]>(StringComparer.Ordinal) { ["centroids"] = KMeans(projected, d, k, context.Seed) }, k);
        SiftEncodingState.RequireKind(state, Kind, Name);
        var projection = SiftEncodingState.Projection(state, d);
        var encoder = new VladEncoder(state.Require("centroids", k * d), d);
        var settings = string.Create(CultureInfo.InvariantCulture, $"vlad:{Options.DenseSift.Describe(geometry)};k={k};iterations={Options.Iterations};seed={context.Seed};state={state.Digest}");
        var note = saved is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Name}: RootSIFT PCA to {d} dimensions and {k} k-means words (seed {context.Seed}) learnt on at most {Options.DenseSift.Sample} descriptors from at most {CodebookLearner.MaxImages} training images.")
            : $"{Name}: PCA and words read from the saved model.";
        return new SiftEncodingExtractor(Name, settings, geometry, projection, encoder, state, [note]);
    }

    private float[] KMeans(float[] projected, int dimension, int words, int seed)
    {
        using var data = Mat.FromPixelData(projected.Length / dimension, dimension, MatType.CV_32FC1, projected);
        using var labels = new Mat();
        using var centers = new Mat();
        Cv2.SetTheRNG((ulong)(uint)seed);
        Cv2.Kmeans(data, words, labels, new TermCriteria(CriteriaTypes.Eps | CriteriaTypes.MaxIter, Options.Iterations, 1e-4), 1, KMeansFlags.PpCenters, centers);
        var result = new float[words * dimension];
        centers.AsSpan<float>().CopyTo(result);
        return result;
    }
}
