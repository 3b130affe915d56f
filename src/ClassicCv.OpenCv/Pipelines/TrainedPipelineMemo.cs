using ClassicCv.Datasets;
using ClassicCv.Experiments;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// The last pipeline a <see cref="FeaturePipelineTrainer"/> trained, keyed by the dataset and the training items, so
/// the pipeline's <c>+tta</c> row can score with the model its own row trained instead of training the same model again.
/// It holds a reference, not an owner's share: a pipeline already disposed is not handed out. Thread-safe.
/// </summary>
internal sealed class TrainedPipelineMemo
{
    private readonly Lock _lock = new();
    private (string Fingerprint, int[] Items, TrainedContender Trained)? _last;

    /// <summary>Remembers <paramref name="trained"/>, trained on <paramref name="trainItems"/> of <paramref name="dataset"/>, in place of the one before.</summary>
    public void Remember(ImageDataset dataset, IReadOnlyList<int> trainItems, TrainedContender trained)
    {
        lock (_lock)
        {
            _last = (dataset.Fingerprint, trainItems.ToArray(), trained);
        }
    }

    /// <summary>
    /// The remembered pipeline and its settings, with a share of the pipeline the caller disposes, when it was trained on
    /// exactly <paramref name="trainItems"/> of <paramref name="dataset"/> and is not disposed yet; otherwise <c>null</c>.
    /// </summary>
    public (FeaturePipelineClassifier Classifier, IReadOnlyDictionary<string, string> Settings)? Share(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        lock (_lock)
        {
            return _last is { } last && last.Fingerprint == dataset.Fingerprint && last.Items.SequenceEqual(trainItems)
                && last.Trained.Classifier is FeaturePipelineClassifier pipeline && pipeline.Share() is { } shared
                ? (shared, last.Trained.Settings)
                : null;
        }
    }
}
