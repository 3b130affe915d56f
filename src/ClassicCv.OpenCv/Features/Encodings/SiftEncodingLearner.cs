using System.Globalization;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Learns what <c>fisher</c> and <c>vlad</c> need from training images only: a seeded, bounded sample of dense SIFT
/// descriptors (the SIFT-BoVW sampler), their RootSIFT PCA, and a vocabulary of the projected sample; the result is kept
/// in the run's feature cache.
/// </summary>
public static class SiftEncodingLearner
{
    /// <summary>The arrays of the PCA, in the order the feature cache keeps them.</summary>
    /// <param name="components">PCA dimensions.</param>
    public static IReadOnlyList<(string Name, int Length)> ProjectionLayout(int components) =>
        [("pca_mean", Codebook.DescriptorLength), ("pca_components", components * Codebook.DescriptorLength)];

    /// <summary>Learns (or reads back from the cache) the projection and vocabulary.</summary>
    /// <param name="context">Training items, seed, streamer and cache.</param>
    /// <param name="geometry">The dense grid.</param>
    /// <param name="options">PCA size and sample.</param>
    /// <param name="kind">The state's kind (<c>fisher</c> or <c>vlad</c>).</param>
    /// <param name="vocabulary">The vocabulary's settings (part of the cache key), e.g. <c>k=64;iterations=30</c>.</param>
    /// <param name="layout">The vocabulary's arrays and lengths.</param>
    /// <param name="learn">Learns the vocabulary's arrays from the projected sample (rows × PCA dimensions).</param>
    /// <param name="least">Fewest descriptors the vocabulary can be learnt from.</param>
    public static FeatureState Learn(FeatureFitContext context, SiftGeometry geometry, DenseSiftOptions options, string kind, string vocabulary,
        IReadOnlyList<(string Name, int Length)> layout, Func<float[], IReadOnlyDictionary<string, float[]>> learn, int least)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(learn);
        context.EnsureMayLearn(kind, $"a PCA and a {kind} vocabulary ({vocabulary})");
        var all = ProjectionLayout(options.Components).Concat(layout).ToArray();
        var key = FeatureCache.Key(context.Dataset.Fingerprint, context.TrainItems, string.Create(CultureInfo.InvariantCulture,
            $"{kind}-state:{options.Describe(geometry)};{vocabulary};seed={context.Seed};images={CodebookLearner.MaxImages}"));
        if (FeatureStateCache.TryLoad(context.Cache, key, kind, all) is { } cached)
        {
            return cached;
        }

        var descriptors = CodebookLearner.SampleDescriptors(context, geometry, options.Sample, Math.Max(least, options.Components + 1), out _);
        var projection = DescriptorProjection.Fit(descriptors, options.Components);
        var projected = projection.ProjectRows(descriptors);
        var arrays = new Dictionary<string, float[]>(learn(projected), StringComparer.Ordinal)
        {
            ["pca_mean"] = projection.Mean,
            ["pca_components"] = projection.Components,
        };
        var state = new FeatureState(kind, arrays);
        FeatureStateCache.Save(context.Cache, key, state, all);
        return state;
    }
}
