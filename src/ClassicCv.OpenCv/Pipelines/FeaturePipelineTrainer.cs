using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Learners;
using ClassicCv.Splitting;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A classical contender: feature extractor → transforms fitted on the training split → learner.</summary>
public sealed class FeaturePipelineTrainer : IImageClassifierTrainer
{
    private readonly IFeatureExtractorSpec _features;
    private readonly IReadOnlyList<IFeatureTransform> _transforms;
    private readonly ILearner _learner;
    private readonly FeatureStore _store;
    private readonly ImageStreamer _streamer;
    private readonly string? _classifierName;
    private readonly bool _mirroredTraining;
    private DataSplit? _split;
    private string? _featureSettings;
    private string? _classWeights;

    /// <summary>Creates the contender.</summary>
    /// <param name="features">The extractor's settings.</param>
    /// <param name="transforms">Transforms applied in order after extraction.</param>
    /// <param name="learner">The learner.</param>
    /// <param name="store">The run's feature store, shared by contenders with the same features.</param>
    /// <param name="streamer">Streams images when features must be extracted outside the store.</param>
    /// <param name="classifierName">The classifier part of the contender's name; the learner's name when <c>null</c>.</param>
    /// <param name="mirroredTraining">Also train on the features of the training images' left–right mirrors (<c>--augment flip</c>; test images are never mirrored).</param>
    public FeaturePipelineTrainer(IFeatureExtractorSpec features, IReadOnlyList<IFeatureTransform> transforms, ILearner learner, FeatureStore store, ImageStreamer streamer, string? classifierName = null, bool mirroredTraining = false)
    {
        _mirroredTraining = mirroredTraining;
        _classifierName = classifierName;
        _features = features;
        _transforms = transforms;
        _learner = learner;
        _store = store;
        _streamer = streamer;
    }

    /// <inheritdoc />
    public string FeaturesName => _features.Name;

    /// <inheritdoc />
    public string ClassifierName => _classifierName ?? _learner.Name;

    /// <summary>
    /// The learner's hyperparameters, the transforms, the training augmentation, once prepared the extractor's resolved
    /// settings (<c>feature_settings</c>) and, once trained with a class weighting, the weight every class got
    /// (<c>class_weights</c>, e.g. <c>cat:0.75;dog:1.5</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings =>
        _learner.Hyperparameters.Append(new("transforms", string.Join("+", _transforms.Select(t => t.Name))))
            .Append(new("augment", _mirroredTraining ? "flip" : "none"))
            .Concat(_featureSettings is null ? [] : [new KeyValuePair<string, string>("feature_settings", _featureSettings)])
            .Concat(_classWeights is null ? [] : [new KeyValuePair<string, string>("class_weights", _classWeights)]).ToDictionary();

    /// <inheritdoc />
    public Preparation Prepare(ImageDataset dataset, DataSplit split)
    {
        _split = split;
        var prepared = _store.Get(_features, dataset, split);
        _featureSettings = prepared.Extractor.Settings;
        var mirrored = _mirroredTraining ? _store.Mirrored(_features, dataset, split) : null;
        var seconds = (prepared.FromCache ? 0 : prepared.Features.Seconds) + (mirrored is { FromCache: false } ? mirrored.Features.Seconds : 0);
        return new Preparation(seconds, prepared.Extractor.Length, prepared.FromCache && mirrored?.FromCache != false, prepared.Failed)
        {
            Notes = [.. prepared.ReferenceNotes, .. prepared.Extractor.Notes, .. CapNotes(prepared.Extractor.Length, split.Train.Count(item => !prepared.Failed.ContainsKey(item)))],
        };
    }

    /// <summary>Parameters the data cannot honour, which are capped: said here, never silently.</summary>
    private IEnumerable<string> CapNotes(int featureLength, int trainingRows)
    {
        if (_learner is KnnLearner knn && knn.K > trainingRows)
        {
            yield return $"{ClassifierName}: k={knn.K} but there are only {trainingRows} training images, so all {trainingRows} vote (k is capped at the training set's size).";
        }

        var columns = featureLength;
        foreach (var transform in _transforms)
        {
            if (transform is Pca { Components: { } components } && components > columns)
            {
                yield return $"{transform.Name} on {FeaturesName}: the features have only {columns} columns, so {columns} components are kept, not {components}.";
            }

            columns = transform is Pca { Components: { } kept } ? Math.Min(kept, columns) : columns;
        }
    }

    /// <inheritdoc />
    public IImageClassifier Train(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(trainItems);
        var prepared = _store.Get(_features, dataset, _split ?? throw new InvalidOperationException("Prepare must be called before Train."));
        var labels = trainItems.Select(i => dataset.Items[i].Label).ToArray();
        var features = prepared.Rows(trainItems);
        if (_mirroredTraining)
        {
            // Images that failed to decode are out of trainItems, so every row has its mirror.
            var mirrored = _store.Mirrored(_features, dataset, _split).Rows(trainItems);
            var values = new float[(features.Rows + mirrored.Rows) * features.Columns];
            features.Values.CopyTo(values);
            mirrored.Values.CopyTo(values.AsSpan(features.Values.Length));
            features = new FeatureMatrix(features.Rows + mirrored.Rows, features.Columns, values);
            labels = [.. labels, .. labels];
        }

        var fitted = new List<IFittedFeatureTransform>();
        foreach (var transform in _transforms)
        {
            var fit = transform.Fit(features);
            features = fit.Apply(features);
            fitted.Add(fit);
        }

        if ((_learner as IClassWeightedLearner)?.ClassWeighting is { } weighting)
        {
            _classWeights = ClassWeighting.Describe(weighting.Resolve(labels, dataset.ClassNames.Count), dataset.ClassNames);
        }

        var groups = dataset.HasGroups ? trainItems.Select(i => dataset.Items[i].Group).ToArray() : null;
        var model = _learner.Learn(features, labels, dataset.ClassNames.Count, groups);
        return new FeaturePipelineClassifier(prepared.Extractor, fitted, model, dataset.ClassNames, _streamer, prepared, prepared.ReferenceSize);
    }

    /// <summary>
    /// The classifier this contender trained in an earlier, interrupted run of the same experiment (loaded from its saved
    /// pipeline), given this run's prepared features as <see cref="Train"/> gives them, so it predicts from the same
    /// features and its explanations see the same training rows.
    /// </summary>
    /// <param name="loaded">The saved pipeline, loaded.</param>
    /// <param name="dataset">The dataset.</param>
    public FeaturePipelineClassifier Resumed(FeaturePipelineClassifier loaded, ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var prepared = _store.Get(_features, dataset, _split ?? throw new InvalidOperationException("Prepare must be called before Resumed."));
        return new FeaturePipelineClassifier(prepared.Extractor, loaded.Transforms, loaded.Model, loaded.ClassNames, _streamer, prepared, prepared.ReferenceSize);
    }
}
