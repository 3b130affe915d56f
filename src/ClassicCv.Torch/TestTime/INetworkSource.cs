using ClassicCv.Datasets;
using ClassicCv.Experiments;

namespace ClassicCv.Torch.TestTime;

/// <summary>A network trainer whose trained networks can be scored again with test-time flips (the <c>+tta</c> row).</summary>
public interface INetworkSource
{
    /// <summary>
    /// The network this trainer last trained, when it was trained on exactly <paramref name="trainItems"/> of
    /// <paramref name="dataset"/>; otherwise <c>null</c>. Whether the network's own row trained first changes only
    /// whether the <c>+tta</c> row trains one itself, never what it measures.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="trainItems">The training items.</param>
    TrainedNetwork? TrainedOn(ImageDataset dataset, IReadOnlyList<int> trainItems);

    /// <summary>The network of <paramref name="network"/> scoring each image as the mean of its and its mirror's outputs.</summary>
    /// <param name="network">A network this trainer produced.</param>
    /// <param name="dataset">The dataset (its class names and, for calibration, the held-out items).</param>
    IImageClassifier LoadMirrored(TrainedNetwork network, ImageDataset dataset);
}
