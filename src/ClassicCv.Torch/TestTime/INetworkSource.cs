using ClassicCv.Datasets;
using ClassicCv.Experiments;

namespace ClassicCv.Torch.TestTime;

/// <summary>A network trainer that can hand its last trained network out again, evaluated with test-time flips.</summary>
public interface INetworkSource
{
    /// <summary>The last network trained, or <c>null</c> before the first.</summary>
    TrainedNetwork? LastTrained { get; }

    /// <summary>The network of <paramref name="network"/> scoring each image as the mean of its and its mirror's outputs.</summary>
    /// <param name="network">A network this trainer produced.</param>
    /// <param name="dataset">The dataset (its class names and, for calibration, the held-out items).</param>
    IImageClassifier LoadMirrored(TrainedNetwork network, ImageDataset dataset);
}
