using System.Collections.Concurrent;
using ClassicCv.Datasets;
using ClassicCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Fits each extractor once per run (on the training split) and extracts the features of every split item once,
/// however many classifiers use them. Features are also kept by content (dataset, items, fitted extractor settings):
/// another split of the same items whose fitted extractor is the same (every fold of a cross-validation, for an
/// extractor that learns nothing) reuses them instead of extracting again.
/// </summary>
public sealed class FeatureStore
{
    private readonly ConcurrentDictionary<string, Lazy<PreparedFeatures>> _prepared = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IFeatureExtractor>> _fitted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<PreparedFeatures>> _byContent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReferenceImages> _referenceSizes = new(StringComparer.Ordinal);
    private readonly ImageStreamer _streamer;
    private readonly int _seed;
    private readonly FeatureCache? _cache;

    /// <summary>Creates an empty store.</summary>
    /// <param name="streamer">Streams images for fitting and extraction.</param>
    /// <param name="seed">Seed for extractors that sample (e.g. a codebook).</param>
    public FeatureStore(ImageStreamer streamer, int seed)
        : this(streamer, seed, null)
    {
    }

    /// <summary>Creates an empty store that reuses and fills an on-disk cache.</summary>
    /// <param name="streamer">Streams images for fitting and extraction.</param>
    /// <param name="seed">Seed for extractors that sample (e.g. a codebook).</param>
    /// <param name="cache">The feature cache, or <c>null</c> for none.</param>
    public FeatureStore(ImageStreamer streamer, int seed, FeatureCache? cache)
    {
        _streamer = streamer;
        _seed = seed;
        _cache = cache;
    }

    /// <summary>The features of every item of <paramref name="split"/> for <paramref name="spec"/>, computed on first use.</summary>
    /// <param name="spec">The extractor's settings.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; the extractor is fitted on its training part.</param>
    public PreparedFeatures Get(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        var key = $"{dataset.Fingerprint}|{split.Description}|{spec.Name}";
        return _prepared.GetOrAdd(key, _ => new Lazy<PreparedFeatures>(() => Prepare(spec, dataset, split))).Value;
    }

    /// <summary>
    /// The features of the left–right mirrors of the training images of <paramref name="split"/> (never its test images),
    /// with the extractor fitted on the plain training images; extracted once per run and kept in the feature cache.
    /// </summary>
    /// <param name="spec">The extractor's settings.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; only its training part is mirrored.</param>
    public PreparedFeatures Mirrored(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        var key = $"{dataset.Fingerprint}|{split.Description}|{spec.Name}|augment=flip";
        return _prepared.GetOrAdd(key, _ => new Lazy<PreparedFeatures>(() =>
        {
            var extractor = new MirroredExtractor(Fitted(spec, dataset, split));
            var items = split.Train.Order().ToArray();
            var cacheKey = _cache is null ? "" : FeatureCache.Key(dataset.Fingerprint, items, extractor.Settings);
            if (_cache?.TryLoad(cacheKey, items.Length, extractor.Length) is { } cached)
            {
                return new PreparedFeatures(dataset.Fingerprint, extractor, items, cached, fromCache: true);
            }

            var features = FeatureExtraction.Run(extractor, dataset, items, _streamer);
            _cache?.TrySave(cacheKey, features);
            return new PreparedFeatures(dataset.Fingerprint, extractor, items, features, fromCache: false);
        })).Value;
    }

    /// <summary>The extractor fitted on the training part of <paramref name="split"/>, as the store fits it for <see cref="Get"/> (fitted once).</summary>
    /// <param name="spec">The extractor's settings.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; the extractor is fitted on its training part.</param>
    public IFeatureExtractor Fit(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        return Fitted(spec, dataset, split);
    }

    /// <summary>
    /// Makes <see cref="Get"/> return <paramref name="prepared"/> for this spec, dataset and split instead of extracting
    /// (features computed elsewhere, e.g. read from the parts of a sharded extraction).
    /// </summary>
    /// <param name="featuresName">The name of the features (<see cref="IFeatureExtractorSpec.Name"/> of the spec that will ask).</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split that will be asked for.</param>
    /// <param name="prepared">Features covering every item of <paramref name="split"/>.</param>
    public void Provide(string featuresName, ImageDataset dataset, DataSplit split, PreparedFeatures prepared)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(prepared);
        if (!prepared.Covers(split.Train.Concat(split.Test)))
        {
            throw new ArgumentException($"The features of '{featuresName}' do not cover every item of the split '{split.Description}'.", nameof(prepared));
        }

        _prepared[$"{dataset.Fingerprint}|{split.Description}|{featuresName}"] = new Lazy<PreparedFeatures>(prepared);
    }

    private PreparedFeatures Prepare(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        var extractor = Fitted(spec, dataset, split);
        var items = split.Train.Concat(split.Test).Order().ToArray();
        var key = FeatureCache.Key(dataset.Fingerprint, items, extractor.Settings);
        return _byContent.GetOrAdd(key, _ => new Lazy<PreparedFeatures>(() => Extract(spec, extractor, dataset, split, items, key))).Value;
    }

    private PreparedFeatures Extract(IFeatureExtractorSpec spec, IFeatureExtractor extractor, ImageDataset dataset, DataSplit split, int[] items, string key)
    {
        var references = References(dataset, split);
        var reference = references.Size;
        if (spec is CompositeSpec composite && ((CompositeExtractor)extractor).Parts.All(part => part.Mode == extractor.Mode))
        {
            var parts = composite.Parts.Select(part => Get(part, dataset, split)).ToArray();
            return new PreparedFeatures(dataset.Fingerprint, extractor, items, Compose(parts), parts.All(part => part.FromCache)) { ReferenceSize = reference, ReferenceNotes = references.Notes };
        }

        if (_cache?.TryLoad(key, items.Length, extractor.Length) is { } cached)
        {
            // The key is the content, not the location: the same images elsewhere reuse the entry, so failed images
            // are named by where they are in this dataset, not where they were when the entry was written.
            var failed = cached.Failed.ToDictionary(
                pair => pair.Key,
                pair => pair.Value with { Path = dataset.Items[items[pair.Key]].Location.Describe() });
            return new PreparedFeatures(dataset.Fingerprint, extractor, items, cached with { Failed = failed }, fromCache: true) { ReferenceSize = reference, ReferenceNotes = references.Notes };
        }

        var features = FeatureExtraction.Run(extractor, dataset, items, _streamer);
        _cache?.TrySave(key, features);
        return new PreparedFeatures(dataset.Fingerprint, extractor, items, features, fromCache: false) { ReferenceSize = reference, ReferenceNotes = references.Notes };
    }

    /// <summary>Fits each spec once per run; a composition is built from its parts' fitted extractors (e.g. one shared codebook).</summary>
    private IFeatureExtractor Fitted(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        var key = $"{dataset.Fingerprint}|{split.Description}|{spec.Name}";
        return _fitted.GetOrAdd(key, _ => new Lazy<IFeatureExtractor>(() =>
        {
            if (spec is CompositeSpec composite)
            {
                return new CompositeExtractor(composite.Name, composite.Parts.Select(part => Fitted(part, dataset, split)).ToArray());
            }

            var (width, height) = References(dataset, split).Size;
            return spec.Fit(new FeatureFitContext(dataset, split.Train, width, height, _seed, _streamer) { Cache = _cache });
        })).Value;
    }

    /// <summary>
    /// When every part reads images the same way as the composition, its features are its parts' features side by
    /// side (each part extracted once per run, or read from the cache, where only the parts are kept), and its
    /// extraction time is the sum of its parts' (0 for parts read from the cache). Mixed colour and grayscale parts are
    /// extracted together instead, so the grayscale parts see the same conversion of the colour image as when the
    /// trained pipeline classifies new images.
    /// </summary>
    private static ExtractedFeatures Compose(IReadOnlyList<PreparedFeatures> parts)
    {
        var matrix = FeatureMatrix.ConcatenateColumns(parts.Select(part => part.Features.Matrix).ToArray());
        var failed = new Dictionary<int, SkippedImage>();
        foreach (var (position, skipped) in parts.SelectMany(part => part.Features.Failed))
        {
            failed.TryAdd(position, skipped);
        }

        return new ExtractedFeatures(matrix, failed, parts.Sum(part => part.FromCache ? 0 : part.Features.Seconds));
    }

    /// <summary>The most common size among a sample of the training images, found once per dataset and split.</summary>
    private ReferenceImages References(ImageDataset dataset, DataSplit split) =>
        _referenceSizes.GetOrAdd($"{dataset.Fingerprint}|{split.Description}", _ => ReferenceImages.Of(dataset, split.Train));
}
