using System.Text.Json;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// Writes a network classifier (the trained <c>cnn</c>, or an <c>onnx:PATH</c> model) to a folder and reads it back:
/// <c>model.onnx</c> and <c>model.json</c>, the options file that <c>--deep onnx:PATH</c> reads (input size, channels,
/// channel order, scale, mean, std, class names in output order, batch size, the fitted temperature, and for a
/// <c>+tta</c> row <c>testTimeFlip</c>) plus the format and the pipeline's name.
/// </summary>
public static class SavedNetwork
{
    /// <summary>The network file in a saved folder.</summary>
    public const string ModelFile = "model.onnx";

    /// <summary>The value of <c>format</c> in <c>model.json</c>.</summary>
    public const string Format = "classiccv-network";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>True when <paramref name="directory"/> holds a network saved by <see cref="Save"/>.</summary>
    /// <param name="directory">A model folder.</param>
    public static bool IsNetworkFolder(string directory) =>
        File.Exists(Path.Combine(directory, ModelFile)) && File.Exists(OnnxClassifierOptions.SidecarOf(Path.Combine(directory, ModelFile)));

    /// <summary>Saves <paramref name="classifier"/> into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="classifier">A network read from an ONNX file (<see cref="OnnxImageClassifier.ModelPath"/> set).</param>
    /// <param name="directory">The folder to write.</param>
    /// <param name="pipeline">The pipeline's name in the run (e.g. <c>image/cnn</c>), kept in <c>model.json</c>.</param>
    /// <param name="temperature">The temperature fitted for the network in the run (kept in <c>model.json</c>), or <c>null</c> for the classifier's own.</param>
    /// <exception cref="NotSupportedException">The classifier does not know its ONNX file.</exception>
    public static void Save(OnnxImageClassifier classifier, string directory, string pipeline, double? temperature = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var source = classifier.ModelPath ?? throw new NotSupportedException("the network does not know the ONNX file it was read from");
        var json = OnnxSidecar.Describe(classifier.Input, classifier.OutputLabels);
        json["format"] = Format;
        json["format_version"] = 1;
        json["pipeline"] = pipeline;
        json["batchSize"] = classifier.BatchSize;
        if ((temperature ?? classifier.Temperature) is { } t)
        {
            json["temperature"] = t;
        }

        if (classifier.MirrorAveraged)
        {
            json["testTimeFlip"] = true;
        }

        Directory.CreateDirectory(directory);
        var model = Path.Combine(directory, ModelFile);
        File.Copy(source, model, overwrite: true);
        File.WriteAllText(OnnxClassifierOptions.SidecarOf(model), json.ToJsonString(Indented) + "\n");
    }

    /// <summary>Loads a network saved by <see cref="Save"/> (or any <c>model.onnx</c> with its options file).</summary>
    /// <param name="directory">The saved folder.</param>
    /// <param name="streamer">Decodes images on all cores for dataset predictions.</param>
    /// <param name="batchSize">Images per forward pass, or <c>null</c> for the saved one (a server predicting one image per request wants 1).</param>
    public static OnnxImageClassifier Load(string directory, ImageStreamer streamer, int? batchSize = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var options = OnnxClassifierOptions.Load(Path.Combine(directory, ModelFile));
        if (batchSize is { } batch)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
            options = options with { BatchSize = batch };
        }

        var labels = options.Labels ?? throw new Errors.UserInputException($"'{options.SidecarPath ?? directory}' names no labels; expected \"labels\": [class names in the network's output order].");
        return new OnnxClassifierTrainer(options, streamer).Load(labels);
    }
}
