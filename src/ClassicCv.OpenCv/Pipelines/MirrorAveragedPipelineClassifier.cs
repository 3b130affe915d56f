using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// A trained feature pipeline whose score for each image is the mean of its scores for the image and for the image's
/// left–right mirror (test-time flip): the mirror's features come from the same fitted extractor, then the same
/// transforms and model. The class is the highest mean score.
/// </summary>
public sealed class MirrorAveragedPipelineClassifier : IImageClassifier
{
    private readonly FeaturePipelineClassifier _inner;
    private readonly ImageStreamer _streamer;

    /// <summary>Wraps a trained pipeline; disposing this disposes it.</summary>
    /// <param name="inner">The pipeline.</param>
    /// <param name="streamer">Decodes the images whose mirrors are scored.</param>
    public MirrorAveragedPipelineClassifier(FeaturePipelineClassifier inner, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(streamer);
        _inner = inner;
        _streamer = streamer;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames => _inner.ClassNames;

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
    {
        var plain = _inner.Predict(dataset, items);
        var extracted = FeatureExtraction.Run(new MirroredExtractor(_inner.Extractor), dataset, items, _streamer);
        if (extracted.Failed.Count > 0)
        {
            var first = extracted.Failed.Values.First();
            throw new UserInputException($"Image '{first.Path}' {first.Reason}; remove it or predict the others.");
        }

        var mirrored = _inner.Classify(extracted.Matrix);
        if (plain.Scores is not { } a || mirrored.Scores is not { } b)
        {
            throw new InvalidOperationException($"The model of '{_inner.Extractor.Name}' gives no scores to average.");
        }

        var classes = ClassNames.Count;
        var scores = a.Zip(b, (x, y) => (x + y) / 2).ToArray();
        var labels = Enumerable.Range(0, items.Count).Select(i => Enumerable.Range(0, classes).MaxBy(c => scores[(i * classes) + c])).ToArray();
        return new Predictions(labels, scores, plain.ScoresAreProbabilities) { CalibrationMethod = plain.CalibrationMethod };
    }

    /// <inheritdoc />
    public void Dispose() => _inner.Dispose();
}
