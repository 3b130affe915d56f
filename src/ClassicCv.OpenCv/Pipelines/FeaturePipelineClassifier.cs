using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A trained classical pipeline: extractor → fitted transforms → model, as one image classifier.</summary>
public sealed class FeaturePipelineClassifier : IImageClassifier, IReportsModelSelection
{
    private readonly IFeatureExtractor _extractor;
    private readonly IReadOnlyList<IFittedFeatureTransform> _transforms;
    private readonly IClassifierModel _model;
    private readonly ImageStreamer _streamer;
    private readonly PreparedFeatures? _prepared;

    /// <summary>Composes the trained parts.</summary>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="transforms">Fitted transforms, in order.</param>
    /// <param name="model">The trained model; disposed with this classifier.</param>
    /// <param name="classNames">Class names, by label.</param>
    /// <param name="streamer">Streams images whose features are not already known.</param>
    /// <param name="prepared">Features already extracted during the run, reused when they cover the items asked for.</param>
    public FeaturePipelineClassifier(IFeatureExtractor extractor, IReadOnlyList<IFittedFeatureTransform> transforms, IClassifierModel model, IReadOnlyList<string> classNames, ImageStreamer streamer, PreparedFeatures? prepared)
    {
        _extractor = extractor;
        _transforms = transforms;
        _model = model;
        ClassNames = classNames;
        _streamer = streamer;
        _prepared = prepared;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames { get; }

    /// <inheritdoc />
    public ModelSelectionResult? ModelSelection => (_model as SelectedModel)?.Selection;

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        FeatureMatrix features;
        if (_prepared is not null && _prepared.DatasetFingerprint == dataset.Fingerprint && _prepared.Covers(items))
        {
            features = _prepared.Rows(items);
        }
        else
        {
            var extracted = FeatureExtraction.Run(_extractor, dataset, items, _streamer);
            if (extracted.Failed.Count > 0)
            {
                var first = extracted.Failed.Values.First();
                throw new UserInputException($"Image '{first.Path}' {first.Reason}; remove it or predict the others.");
            }

            features = extracted.Matrix;
        }

        foreach (var transform in _transforms)
        {
            features = transform.Apply(features);
        }

        return _model.Predict(features);
    }

    /// <inheritdoc />
    public void Dispose() => _model.Dispose();
}
