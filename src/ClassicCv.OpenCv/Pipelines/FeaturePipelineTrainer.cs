using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// A classical contender: feature extractor → transforms fitted on the training split (one <see cref="TransformChain"/>)
/// → learner. Immutable settings; <see cref="Prepare"/> extracts the features and returns the <see cref="PreparedFeaturePipeline"/> that trains.
/// </summary>
public sealed class FeaturePipelineTrainer : IImageClassifierTrainer
{
    private readonly IFeatureExtractorSpec _features;
    private readonly FeatureStore _store;
    private readonly ImageStreamer _streamer;
    private readonly string? _classifierName;

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
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(transforms);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(streamer);
        MirroredTraining = mirroredTraining;
        _classifierName = classifierName;
        _features = features;
        Transforms = new TransformChain(transforms);
        Learner = learner;
        _store = store;
        _streamer = streamer;
    }

    /// <inheritdoc />
    public string FeaturesName => _features.Name;

    /// <inheritdoc />
    public string ClassifierName => _classifierName ?? Learner.Name;

    /// <summary>The transforms fitted after extraction, in order.</summary>
    public TransformChain Transforms { get; }

    /// <summary>The learner.</summary>
    public ILearner Learner { get; }

    /// <summary>Whether the training images' left–right mirrors are trained on too.</summary>
    public bool MirroredTraining { get; }

    /// <summary>The pipeline trained last, for the <c>+tta</c> row (<see cref="MirrorAveragedPipelineTrainer"/>) that scores with it.</summary>
    internal TrainedPipelineMemo Trained { get; } = new();

    /// <summary>
    /// The learner's hyperparameters, the transforms and the training augmentation. The trained contender adds the
    /// extractor's resolved settings (<c>feature_settings</c>) and, with a class weighting, the weight every class got
    /// (<c>class_weights</c>, e.g. <c>cat:0.75;dog:1.5</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings =>
        Learner.Hyperparameters.Append(new("transforms", Transforms.Name))
            .Append(new("augment", MirroredTraining ? "flip" : "none")).ToDictionary();

    /// <inheritdoc />
    public IPreparedContender Prepare(ImageDataset dataset, DataSplit split) => PrepareFeatures(dataset, split);

    /// <summary>Extracts (or reads from the store) the features of every image of the split, as <see cref="Prepare"/> does.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; the extractor is fitted on its training part only.</param>
    public PreparedFeaturePipeline PrepareFeatures(ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        var prepared = _store.Get(_features, dataset, split);
        var mirrored = MirroredTraining ? _store.Mirrored(_features, dataset, split) : null;
        return new PreparedFeaturePipeline(this, dataset, split, prepared, mirrored, _streamer);
    }
}
