using ClassicCv.Datasets;
using ClassicCv.Torch.TestTime;

namespace ClassicCv.Torch.Training;

/// <summary>
/// The last network a trainer trained (an immutable record, keyed by the dataset and the training items), so a
/// <c>+tta</c> row can score the network its own row trained instead of training the same network again. Thread-safe.
/// </summary>
internal sealed class NetworkMemo
{
    private readonly Lock _lock = new();
    private (string Fingerprint, TrainedNetwork Network)? _last;

    /// <summary>Remembers <paramref name="network"/>, trained on <paramref name="dataset"/>, in place of the one before.</summary>
    public void Remember(ImageDataset dataset, TrainedNetwork network)
    {
        lock (_lock)
        {
            _last = (dataset.Fingerprint, network);
        }
    }

    /// <summary>The remembered network when it was trained on exactly <paramref name="trainItems"/> of <paramref name="dataset"/>, otherwise <c>null</c>.</summary>
    public TrainedNetwork? Find(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(trainItems);
        lock (_lock)
        {
            return _last is { } last && last.Fingerprint == dataset.Fingerprint && last.Network.TrainItems.SequenceEqual(trainItems) ? last.Network : null;
        }
    }
}
