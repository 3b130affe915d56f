using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
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

    /// <summary>
    /// Publishes a trained network: writes its ONNX bytes (and the sidecar naming its input and classes) to a new file
    /// in <paramref name="modelFolder"/>, records the input, the training and the file in <paramref name="settings"/>, and
    /// loads the file as the classifier that is evaluated — temperature-scaled on the validation part when
    /// <paramref name="temperature"/> is asked and there is one. The trained contender and the network hold the settings as they are then.
    /// </summary>
    /// <param name="onnx">The exported network.</param>
    /// <param name="name">The contender's name, the file name's start (e.g. <c>cnn</c>).</param>
    /// <param name="modelFolder">Where the file is written.</param>
    /// <param name="input">How its input is made.</param>
    /// <param name="dataset">The dataset (its class names).</param>
    /// <param name="trainItems">The training items (dataset indices).</param>
    /// <param name="validation">Positions into <paramref name="trainItems"/> held out for early stopping.</param>
    /// <param name="training">Epochs run, the best epoch, its validation accuracy (<c>null</c> without a validation part) and the curve.</param>
    /// <param name="temperature">Fit a temperature on the validation part.</param>
    /// <param name="settings">The settings of this training (a copy of the trainer's), added to.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="batch">Images per forward pass.</param>
    public static (TrainedContender Contender, TrainedNetwork Trained) Publish(
        byte[] onnx, string name, string modelFolder, NetInput input, ImageDataset dataset, IReadOnlyList<int> trainItems, IReadOnlyList<int> validation,
        (int EpochsRun, int BestEpoch, double? BestAccuracy, IReadOnlyList<EpochRecord> Curve) training, bool temperature, IDictionary<string, string> settings, ImageStreamer streamer, int batch)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(modelFolder);
        var path = Path.Combine(modelFolder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.onnx");
        File.WriteAllBytes(path, onnx);
        OnnxSidecar.Write(path, input, dataset.ClassNames);
        settings["input"] = input.Describe();
        settings["epochs_run"] = Invariant(training.EpochsRun);
        settings["best_epoch"] = Invariant(training.BestEpoch);
        settings["validation_accuracy"] = training.BestAccuracy is { } accuracy ? Invariant(Math.Round(accuracy, 4)) : "none";
        TrainingCurve.Write(training.Curve, settings);
        settings["model"] = path;
        settings["model_bytes"] = Invariant(new FileInfo(path).Length);

        var held = validation.Select(v => trainItems[v]).ToArray();
        var classifier = Load(path, input, dataset, streamer, batch, mirrored: false);
        var calibrated = temperature && held.Length > 0;
        IImageClassifier evaluated = classifier;
        if (calibrated)
        {
            var scaled = TemperatureScaledClassifier.Fit(classifier, dataset, held);
            settings["temperature"] = Invariant(Math.Round(scaled.Temperature, 4));
            evaluated = scaled;
        }
        else
        {
            settings["temperature"] = "none";
        }

        var contender = new TrainedContender(evaluated, new Dictionary<string, string>(settings, StringComparer.Ordinal));
        return (contender, new TrainedNetwork(trainItems, path, input, calibrated, held) { Settings = contender.Settings });
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

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
