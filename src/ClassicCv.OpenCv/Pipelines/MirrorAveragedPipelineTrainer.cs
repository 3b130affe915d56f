using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// The test-time-flip row of a feature pipeline (<c>FEATURES/CLASSIFIER+tta</c>, <c>--tta</c>): the same trained pipeline,
/// each test image scored by <see cref="MirrorAveragedPipelineClassifier"/>. When the pipeline's own row trained it on the
/// same items and it is still alive (a run keeps every classifier until its report is written) that model is shared;
/// otherwise this row trains one (the same pipeline, by the same seed; its features come from the run's store).
/// </summary>
public sealed class MirrorAveragedPipelineTrainer : IImageClassifierTrainer
{
    private readonly FeaturePipelineTrainer _inner;
    private readonly ImageStreamer _streamer;

    /// <summary>Wraps a pipeline's trainer.</summary>
    /// <param name="inner">The pipeline.</param>
    /// <param name="streamer">Decodes the test images whose mirrors are scored.</param>
    public MirrorAveragedPipelineTrainer(FeaturePipelineTrainer inner, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(streamer);
        _inner = inner;
        _streamer = streamer;
    }

    /// <inheritdoc />
    public string FeaturesName => _inner.FeaturesName;

    /// <inheritdoc />
    public string ClassifierName => $"{_inner.ClassifierName}+tta";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings => WithTta(_inner.Settings);

    /// <inheritdoc />
    public IPreparedContender Prepare(ImageDataset dataset, DataSplit split)
    {
        var pipeline = _inner.PrepareFeatures(dataset, split);
        return new PreparedContender(pipeline.Preparation, items =>
        {
            if (_inner.Trained.Share(dataset, items) is not { } trained)
            {
                var own = pipeline.Train(items);
                trained = ((FeaturePipelineClassifier)own.Classifier, own.Settings);
            }

            return new TrainedContender(new MirrorAveragedPipelineClassifier(trained.Classifier, _streamer), WithTta(trained.Settings));
        });
    }

    private static Dictionary<string, string> WithTta(IReadOnlyDictionary<string, string> settings) =>
        new(settings, StringComparer.Ordinal) { ["tta"] = "mean of the image's and its mirror's scores" };
}
