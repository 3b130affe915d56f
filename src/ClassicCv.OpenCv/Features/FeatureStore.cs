using System.Collections.Concurrent;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Fits each extractor once per run (on the training split) and extracts the features of every split item once,
/// however many classifiers use them.
/// </summary>
public sealed class FeatureStore
{
    private readonly ConcurrentDictionary<string, Lazy<PreparedFeatures>> _prepared = new(StringComparer.Ordinal);
    private readonly ImageStreamer _streamer;
    private readonly int _seed;

    /// <summary>Creates an empty store.</summary>
    /// <param name="streamer">Streams images for fitting and extraction.</param>
    /// <param name="seed">Seed for extractors that sample (e.g. a codebook).</param>
    public FeatureStore(ImageStreamer streamer, int seed)
    {
        _streamer = streamer;
        _seed = seed;
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

    private PreparedFeatures Prepare(IFeatureExtractorSpec spec, ImageDataset dataset, DataSplit split)
    {
        var (width, height) = ReferenceSize(dataset, split.Train);
        var extractor = spec.Fit(new FeatureFitContext(dataset, split.Train, width, height, _seed, _streamer));
        var items = split.Train.Concat(split.Test).Order().ToArray();
        var features = FeatureExtraction.Run(extractor, dataset, items, _streamer);
        return new PreparedFeatures(dataset.Fingerprint, extractor, items, features, fromCache: false) { ReferenceSize = (width, height) };
    }

    private static (int Width, int Height) ReferenceSize(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        var size = (Width: 0, Height: 0);
        var streamer = new ImageStreamer(1);
        foreach (var item in trainItems.Take(16))
        {
            streamer.ForEach<NoWorker>(dataset, [item], ImageReadMode.Grayscale, () => new NoWorker(), (_, _, image) => size = (image.Width, image.Height));
            if (size.Width > 0)
            {
                return size;
            }
        }

        throw new Errors.UserInputException($"Dataset '{dataset.Source}': none of the first training images could be decoded; expected readable images.");
    }

    private sealed class NoWorker : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
