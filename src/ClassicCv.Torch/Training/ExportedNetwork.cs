using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Torch.TestTime;

namespace ClassicCv.Torch.Training;

/// <summary>A trained network's ONNX file loaded into OpenCV DNN as the classifier that is evaluated.</summary>
internal static class ExportedNetwork
{
    /// <summary>The ONNX file at <paramref name="path"/> as a classifier of the dataset's classes (outputs in class order).</summary>
    /// <param name="path">The exported file.</param>
    /// <param name="input">How its input is made.</param>
    /// <param name="dataset">The dataset (its class names).</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="batch">Images per forward pass.</param>
    /// <param name="mirrored">Score each image as the mean of its and its mirror's outputs.</param>
    public static OnnxImageClassifier Load(string path, NetInput input, ImageDataset dataset, ImageStreamer streamer, int batch, bool mirrored)
    {
        var net = FixedBatchNet.FromOnnx(path, batch, input.Channels, input.Height, input.Width);
        return new OnnxImageClassifier(net, new ImagePreprocessor(input), dataset.ClassNames, Enumerable.Range(0, dataset.ClassNames.Count).ToArray(), streamer, path) { MirrorAveraged = mirrored };
    }

    /// <summary>The test-time-flip classifier of <paramref name="network"/>, with its own temperature when the network's run fitted one.</summary>
    /// <param name="network">The trained network.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="batch">Images per forward pass.</param>
    public static IImageClassifier Mirrored(TrainedNetwork network, ImageDataset dataset, ImageStreamer streamer, int batch)
    {
        ArgumentNullException.ThrowIfNull(network);
        var classifier = Load(network.ModelPath, network.Input, dataset, streamer, batch, mirrored: true);
        return network.Calibrated ? TemperatureScaledClassifier.Fit(classifier, dataset, network.Validation) : classifier;
    }
}
