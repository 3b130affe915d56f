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

/// <summary>
/// A <see cref="FeaturePipelineTrainer"/> prepared on one dataset and split: the features of every image are extracted
/// (or read from the run's store); training fits the transform chain and the learner on the training rows and returns a
/// new <see cref="TrainedContender"/> each time.
/// </summary>
public sealed class PreparedFeaturePipeline : IPreparedContender
{
    private readonly FeaturePipelineTrainer _trainer;
    private readonly ImageDataset _dataset;
    private readonly PreparedFeatures _features;
    private readonly PreparedFeatures? _mirrored;
    private readonly ImageStreamer _streamer;

    internal PreparedFeaturePipeline(FeaturePipelineTrainer trainer, ImageDataset dataset, DataSplit split, PreparedFeatures features, PreparedFeatures? mirrored, ImageStreamer streamer)
    {
        _trainer = trainer;
        _dataset = dataset;
        _features = features;
        _mirrored = mirrored;
        _streamer = streamer;
        var seconds = (features.FromCache ? 0 : features.Features.Seconds) + (mirrored is { FromCache: false } ? mirrored.Features.Seconds : 0);
        Preparation = new Preparation(seconds, features.Extractor.Length, features.FromCache && mirrored?.FromCache != false, features.Failed)
        {
            Notes = [.. features.ReferenceNotes, .. features.Extractor.Notes, .. CapNotes(features.Extractor.Length, split.Train.Count(item => !features.Failed.ContainsKey(item)))],
        };
    }

    /// <inheritdoc />
    public Preparation Preparation { get; }

    /// <inheritdoc />
    public TrainedContender Train(IReadOnlyList<int> trainItems)
    {
        ArgumentNullException.ThrowIfNull(trainItems);
        var dataset = _dataset;
        var labels = trainItems.Select(i => dataset.Items[i].Label).ToArray();
        var features = _features.Rows(trainItems);
        if (_mirrored is not null)
        {
            // Images that failed to decode are out of trainItems, so every row has its mirror.
            var mirrored = _mirrored.Rows(trainItems);
            var values = new float[(features.Rows + mirrored.Rows) * features.Columns];
            features.Values.CopyTo(values);
            mirrored.Values.CopyTo(values.AsSpan(features.Values.Length));
            features = new FeatureMatrix(features.Rows + mirrored.Rows, features.Columns, values);
            labels = [.. labels, .. labels];
        }

        var (fitted, transformed) = _trainer.Transforms.FitTransform(features);
        var settings = new Dictionary<string, string>(_trainer.Settings, StringComparer.Ordinal) { ["feature_settings"] = _features.Extractor.Settings };
        if ((_trainer.Learner as IClassWeightedLearner)?.ClassWeighting is { } weighting)
        {
            settings["class_weights"] = ClassWeighting.Describe(weighting.Resolve(labels, dataset.ClassNames.Count), dataset.ClassNames);
        }

        var groups = dataset.HasGroups ? trainItems.Select(i => dataset.Items[i].Group).ToArray() : null;
        var model = _trainer.Learner.Learn(transformed, labels, dataset.ClassNames.Count, groups);
        var trained = new TrainedContender(Classifier(fitted, model), settings);
        _trainer.Trained.Remember(dataset, trainItems, trained);
        return trained;
    }

    /// <summary>
    /// The classifier this contender trained in an earlier, interrupted run of the same experiment (loaded from its saved
    /// pipeline), given this preparation's features as <see cref="Train"/> gives them, so it predicts from the same
    /// features and its explanations see the same training rows.
    /// </summary>
    /// <param name="loaded">The saved pipeline, loaded; its model is taken over (dispose only the returned classifier).</param>
    public FeaturePipelineClassifier Resumed(FeaturePipelineClassifier loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return Classifier(loaded.Chain, loaded.Model);
    }

    private FeaturePipelineClassifier Classifier(FittedTransformChain transforms, IClassifierModel model) =>
        new(_features.Extractor, transforms, model, _dataset.ClassNames, _streamer, _features, _features.ReferenceSize);

    /// <summary>Parameters the data cannot honour, which are capped: said here, never silently.</summary>
    private IEnumerable<string> CapNotes(int featureLength, int trainingRows)
    {
        if (_trainer.Learner is KnnLearner knn && knn.Options.K > trainingRows)
        {
            yield return $"{_trainer.ClassifierName}: k={knn.Options.K} but there are only {trainingRows} training images, so all {trainingRows} vote (k is capped at the training set's size).";
        }

        var columns = featureLength;
        foreach (var transform in _trainer.Transforms.Transforms)
        {
            if (transform is Pca { Components: { } components } && components > columns)
            {
                yield return $"{transform.Name} on {_trainer.FeaturesName}: the features have only {columns} columns, so {columns} components are kept, not {components}.";
            }

            columns = transform is Pca { Components: { } kept } ? Math.Min(kept, columns) : columns;
        }
    }
}
