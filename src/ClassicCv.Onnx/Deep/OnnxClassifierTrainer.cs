using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// The user's own ONNX classifier (<c>--deep onnx:PATH</c>), trained elsewhere: nothing is learnt; "training" loads
/// the network into OpenCV DNN and checks that its outputs match the dataset's classes.
/// </summary>
public sealed class OnnxClassifierTrainer : IImageClassifierTrainer
{
    private readonly OnnxClassifierOptions _options;
    private readonly ImageStreamer _streamer;

    /// <summary>Creates the contender.</summary>
    /// <param name="options">The resolved model options; <see cref="OnnxClassifierOptions.Validate"/> is called.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    public OnnxClassifierTrainer(OnnxClassifierOptions options, ImageStreamer streamer)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentNullException.ThrowIfNull(streamer);
        _options = options;
        _streamer = streamer;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["model"] = options.ModelPath,
            ["model_bytes"] = new FileInfo(options.ModelPath).Length.ToString(CultureInfo.InvariantCulture),
            ["input"] = options.Input.Describe(),
            ["labels"] = options.Labels is null ? "dataset order" : string.Join(';', options.Labels),
            ["batch"] = options.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["options_file"] = options.SidecarPath ?? "none",
        };
        if (options.TestTimeFlip)
        {
            settings["tta"] = "mean of the image's and its mirror's outputs (testTimeFlip in the options file)";
        }

        Settings = settings;
    }

    /// <inheritdoc />
    public string FeaturesName => EndToEnd.FeaturesName;

    /// <inheritdoc />
    public string ClassifierName => $"onnx:{Path.GetFileName(_options.ModelPath)}";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <inheritdoc />
    /// <remarks>Training the prepared contender loads the network and checks it against the dataset's classes.</remarks>
    public IPreparedContender Prepare(ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        var items = split.Train.Concat(split.Test).ToArray();
        var mode = _options.Input.Channels == 1 ? ImageReadMode.Grayscale : ImageReadMode.Color;
        var failed = _streamer.ForEach(dataset, items, mode, () => new NoWorkerState(), (_, _, _) => { });
        var preparation = new Preparation(0, 0, false, failed.ToDictionary(pair => items[pair.Key], pair => pair.Value));
        return new PreparedContender(preparation, _ => new TrainedContender(Load(dataset.ClassNames), Settings));
    }

    /// <summary>Loads the network into OpenCV DNN, runs it once, and maps its outputs to <paramref name="classNames"/>.</summary>
    /// <param name="classNames">The classes, by label, the network must score.</param>
    public OnnxImageClassifier Load(IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        var input = _options.Input;
        FixedBatchNet net;
        try
        {
            net = FixedBatchNet.FromOnnx(_options.ModelPath, _options.BatchSize, input.Channels, input.Height, input.Width);
        }
        catch (OpenCvSharp.OpenCVException e)
        {
            throw new UserInputException($"OpenCV could not load the ONNX model '{_options.ModelPath}': {e.Message}");
        }

        try
        {
            net.Run(new float[input.Length], 1);
        }
        catch (OpenCvSharp.OpenCVException e)
        {
            net.Dispose();
            throw new UserInputException($"The ONNX model '{_options.ModelPath}' does not accept a {input.Channels}×{input.Height}×{input.Width} input ({e.Message.Trim()}); check size and channels.");
        }

        try
        {
            var mapping = LabelMapping.Resolve(_options.ModelPath, net.OutputLength, _options.Labels, classNames);
            return new OnnxImageClassifier(net, new ImagePreprocessor(input), classNames, mapping, _streamer, _options.ModelPath) { Temperature = _options.Temperature, MirrorAveraged = _options.TestTimeFlip };
        }
        catch
        {
            net.Dispose();
            throw;
        }
    }
}
