using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A trained classical pipeline: extractor → fitted transforms → model, as one image classifier.</summary>
public sealed class FeaturePipelineClassifier : IDecodedImageClassifier, IReportsModelSelection
{
    private readonly IFeatureExtractor _extractor;
    private readonly FittedTransformChain _transforms;
    private readonly IClassifierModel _model;
    private readonly ImageStreamer _streamer;
    private readonly PreparedFeatures? _prepared;
    private IFeatureWorker? _worker;
    private int _owners = 1;

    /// <summary>Composes the trained parts.</summary>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="transforms">The fitted transform chain.</param>
    /// <param name="model">The trained model; disposed with this classifier.</param>
    /// <param name="classNames">Class names, by label.</param>
    /// <param name="streamer">Streams images whose features are not already known.</param>
    /// <param name="prepared">Features already extracted during the run, reused when they cover the items asked for.</param>
    /// <param name="referenceSize">Size of the training images the extractor was fitted for (saved with the model).</param>
    public FeaturePipelineClassifier(IFeatureExtractor extractor, FittedTransformChain transforms, IClassifierModel model, IReadOnlyList<string> classNames, ImageStreamer streamer, PreparedFeatures? prepared, (int Width, int Height) referenceSize = default)
    {
        ReferenceSize = referenceSize;
        _extractor = extractor;
        _transforms = transforms;
        _model = model;
        ClassNames = classNames;
        _streamer = streamer;
        _prepared = prepared;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>The fitted extractor.</summary>
    public IFeatureExtractor Extractor => _extractor;

    /// <summary>The fitted transforms, in order.</summary>
    public IReadOnlyList<IFittedFeatureTransform> Transforms => _transforms.Transforms;

    /// <summary>The fitted transform chain.</summary>
    public FittedTransformChain Chain => _transforms;

    /// <summary>The trained model.</summary>
    public IClassifierModel Model => _model;

    /// <summary>Size of the training images the extractor was fitted for.</summary>
    public (int Width, int Height) ReferenceSize { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => _extractor.Mode;

    /// <inheritdoc />
    public PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        var extracted = FeatureExtraction.Run(_extractor, dataset, items, _streamer);
        var readable = Enumerable.Range(0, items.Count).Where(p => !extracted.Failed.ContainsKey(p)).ToArray();
        var features = readable.Length == items.Count ? extracted.Matrix : extracted.Matrix.SelectRows(readable);
        var predictions = readable.Length == 0 ? new Predictions([], null, false) : Classify(features);
        var failed = extracted.Failed.ToDictionary(pair => items[pair.Key], pair => pair.Value);
        return new PartialPredictions(readable.Select(p => items[p]).ToArray(), predictions, failed);
    }

    /// <inheritdoc />
    public ModelSelectionResult? ModelSelection => ((_model as IWrappingModel)?.Inner as SelectedModel ?? _model as SelectedModel)?.Selection;

    /// <summary>The features extracted during the run (training and test rows, before transforms), or <c>null</c> for a loaded pipeline.</summary>
    public PreparedFeatures? Prepared => _prepared;

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

        return Classify(features);
    }

    /// <inheritdoc />
    /// <remarks>Extracts with this instance's own feature worker, created on first use; not thread-safe.</remarks>
    public Predictions Predict(IReadOnlyList<Mat> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        _worker ??= _extractor.CreateWorker();
        var features = new FeatureMatrix(images.Count, _extractor.Length);
        for (var i = 0; i < images.Count; i++)
        {
            _worker.Extract(images[i], features.Row(i));
        }

        return Classify(features);
    }

    /// <inheritdoc />
    /// <remarks>With shares handed out (<see cref="Share"/>), each owner disposes once and the last one releases the model.</remarks>
    public void Dispose()
    {
        if (Interlocked.Decrement(ref _owners) != 0)
        {
            return;
        }

        _worker?.Dispose();
        _model.Dispose();
    }

    /// <summary>
    /// This classifier with one more owner (a <c>+tta</c> row scoring with the model its pipeline's row trained), who
    /// disposes it once more; <c>null</c> when it is already disposed.
    /// </summary>
    internal FeaturePipelineClassifier? Share()
    {
        var owners = Volatile.Read(ref _owners);
        while (owners > 0)
        {
            var seen = Interlocked.CompareExchange(ref _owners, owners + 1, owners);
            if (seen == owners)
            {
                return this;
            }

            owners = seen;
        }

        return null;
    }

    /// <summary>Classifies features this pipeline's extractor produced (before transforms), e.g. extracted once and shared by every classifier of the same extractor.</summary>
    /// <param name="features">One row per image, <see cref="IFeatureExtractor.Length"/> columns; not modified.</param>
    public Predictions Classify(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return _model.Predict(_transforms.Apply(features));
    }
}
