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
}
