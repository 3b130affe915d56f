using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// A trained feature pipeline whose score for each image is the mean of its scores for the image and for the image's
/// left–right mirror (test-time flip): the mirror's features come from the same fitted extractor, then the same
/// transforms and model. The class is the highest mean score. Saved and loaded like its pipeline (<see cref="SavedPipeline"/>
/// marks the file), so <c>classiccv predict</c> and <c>classiccv serve</c> score with the flip too.
/// </summary>
public sealed class MirrorAveragedPipelineClassifier : IDecodedImageClassifier
{
    private readonly FeaturePipelineClassifier _inner;
    private readonly ImageStreamer _streamer;
    private readonly MirroredExtractor _mirrored;
    private IFeatureWorker? _mirrorWorker;

    /// <summary>Wraps a trained pipeline; disposing this disposes it.</summary>
    /// <param name="inner">The pipeline.</param>
    /// <param name="streamer">Decodes the images whose mirrors are scored.</param>
    public MirrorAveragedPipelineClassifier(FeaturePipelineClassifier inner, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(streamer);
        _inner = inner;
        _streamer = streamer;
        _mirrored = new MirroredExtractor(inner.Extractor);
    }

    /// <summary>The pipeline whose scores are averaged.</summary>
    public FeaturePipelineClassifier Inner => _inner;

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames => _inner.ClassNames;

    /// <inheritdoc />
    public ImageReadMode Mode => _inner.Mode;

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items) =>
        Mean(_inner.Predict(dataset, items), _inner.Classify(ExtractMirrors(dataset, items)));

    /// <inheritdoc />
    public PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items)
    {
        var plain = _inner.PredictReadable(dataset, items);
        return plain.Items.Count == 0 ? plain : plain with { Predictions = Mean(plain.Predictions, _inner.Classify(ExtractMirrors(dataset, plain.Items))) };
    }

    /// <inheritdoc />
    /// <remarks>Extracts the mirrors with this instance's own feature worker, created on first use; not thread-safe.</remarks>
    public Predictions Predict(IReadOnlyList<Mat> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var plain = _inner.Predict(images);
        _mirrorWorker ??= _mirrored.CreateWorker();
        var features = new FeatureMatrix(images.Count, _mirrored.Length);
        for (var i = 0; i < images.Count; i++)
        {
            _mirrorWorker.Extract(images[i], features.Row(i));
        }

        return Mean(plain, _inner.Classify(features));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _mirrorWorker?.Dispose();
        _inner.Dispose();
    }

    private FeatureMatrix ExtractMirrors(ImageDataset dataset, IReadOnlyList<int> items)
    {
        var extracted = FeatureExtraction.Run(_mirrored, dataset, items, _streamer);
        if (extracted.Failed.Count > 0)
        {
            var first = extracted.Failed.Values.First();
            throw new UserInputException($"Image '{first.Path}' {first.Reason}; remove it or predict the others.");
        }

        return extracted.Matrix;
    }

    private Predictions Mean(Predictions plain, Predictions mirrored)
    {
        if (plain.Scores is not { } a || mirrored.Scores is not { } b)
        {
            throw new InvalidOperationException($"The model of '{_inner.Extractor.Name}' gives no scores to average.");
        }

        var classes = ClassNames.Count;
        var scores = a.Zip(b, (x, y) => (x + y) / 2).ToArray();
        var labels = Enumerable.Range(0, plain.Labels.Length).Select(i => Enumerable.Range(0, classes).MaxBy(c => scores[(i * classes) + c])).ToArray();
        return new Predictions(labels, scores, plain.ScoresAreProbabilities) { CalibrationMethod = plain.CalibrationMethod };
    }
}
