using System.Diagnostics;
using ClassicCv.Datasets;
using ClassicCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Features;

/// <summary>Runs a fitted extractor over items on all cores, streaming images into a preallocated feature matrix.</summary>
public static class FeatureExtraction
{
    /// <summary>Extracts the features of <paramref name="items"/>.</summary>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices; row <c>i</c> of the result belongs to <c>items[i]</c>.</param>
    /// <param name="streamer">The image streamer.</param>
    public static ExtractedFeatures Run(IFeatureExtractor extractor, ImageDataset dataset, IReadOnlyList<int> items, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(streamer);
        var clock = Stopwatch.StartNew();
        var matrix = new FeatureMatrix(items.Count, extractor.Length);
        var failed = streamer.ForEach(dataset, items, extractor.Mode, extractor.CreateWorker, (worker, position, image) =>
            worker.Extract(image, matrix.Row(position)));
        return new ExtractedFeatures(matrix, failed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Extracts as <see cref="FeatureStore"/> does: a composition whose parts all read images the same way is extracted
    /// part by part and concatenated (so its values equal the store's, bit for bit); anything else in one pass.
    /// </summary>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices; row <c>i</c> of the result belongs to <c>items[i]</c>.</param>
    /// <param name="streamer">The image streamer.</param>
    public static ExtractedFeatures RunAsStore(IFeatureExtractor extractor, ImageDataset dataset, IReadOnlyList<int> items, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (extractor is not CompositeExtractor composite || composite.Parts.Any(part => part.Mode != composite.Mode))
        {
            return Run(extractor, dataset, items, streamer);
        }

        var parts = composite.Parts.Select(part => RunAsStore(part, dataset, items, streamer)).ToArray();
        var failed = new Dictionary<int, SkippedImage>();
        foreach (var (position, skipped) in parts.SelectMany(part => part.Failed))
        {
            failed.TryAdd(position, skipped);
        }

        return new ExtractedFeatures(FeatureMatrix.ConcatenateColumns(parts.Select(part => part.Matrix).ToArray()), failed, parts.Sum(part => part.Seconds));
    }
}
