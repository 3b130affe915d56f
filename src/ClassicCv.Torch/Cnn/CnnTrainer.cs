using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Learning.Weighting;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Native;
using ClassicCv.Torch.TestTime;
using ClassicCv.Torch.Training;
using OpenCvSharp;
using TorchSharp;

namespace ClassicCv.Torch.Cnn;

/// <summary>
/// The <c>cnn</c> contender: the small CNN trained on the training split with TorchSharp (seeded), exported to ONNX,
/// and evaluated as that ONNX file run by OpenCV DNN, like any user model.
/// </summary>
public sealed class CnnTrainer : IImageClassifierTrainer, INetworkSource
{
    private const int InferenceBatch = 64;
    private readonly CnnOptions _options;
    private readonly int _seed;
    private readonly string _modelFolder;
    private readonly ImageStreamer _streamer;
    private readonly Dictionary<string, string> _settings;
    private readonly Action<string>? _progress;
    private readonly NetworkMemo _trained = new();

    /// <summary>Creates the contender.</summary>
    /// <param name="options">Network and training settings.</param>
    /// <param name="seed">Seed of the validation split, weight initialisation, shuffling and augmentation.</param>
    /// <param name="modelFolder">Where the trained ONNX model is written.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="progress">Receives one line per epoch (e.g. the validation accuracy), or <c>null</c>.</param>
    public CnnTrainer(CnnOptions options, int seed, string modelFolder, ImageStreamer streamer, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentNullException.ThrowIfNull(modelFolder);
        ArgumentNullException.ThrowIfNull(streamer);
        _options = options;
        _seed = seed;
        _modelFolder = modelFolder;
        _streamer = streamer;
        _progress = progress;
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["width"] = Invariant(options.Width),
            ["padding"] = Invariant(options.Padding),
            ["dropout"] = Invariant(options.Dropout),
            ["max_epochs"] = Invariant(options.Epochs),
            ["batch"] = Invariant(options.BatchSize),
            ["lr"] = Invariant(options.LearningRate),
            ["schedule"] = LearningRateSchedules.Name(options.Schedule),
            ["validation"] = Invariant(options.Validation),
            ["patience"] = Invariant(options.Patience),
            ["augment"] = options.Augment.Describe(),
            ["threads"] = Invariant(options.Threads ?? TorchThreads.Training),
            ["seed"] = Invariant(seed),
        };
    }

    /// <inheritdoc />
    public string FeaturesName => EndToEnd.FeaturesName;

    /// <inheritdoc />
    public string ClassifierName => "cnn";

    /// <inheritdoc />
    /// <remarks>The trained contender's settings add the resolved input, the epochs run, the best validation accuracy and the model file and size.</remarks>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    /// <inheritdoc />
    public TrainedNetwork? TrainedOn(ImageDataset dataset, IReadOnlyList<int> trainItems) => _trained.Find(dataset, trainItems);

    /// <inheritdoc />
    /// <remarks>Training the prepared contender returns the evaluated classifier with the settings training resolved; this trainer's settings never change.</remarks>
    public IPreparedContender Prepare(ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new PreparedContender(NetworkPreparation.Of(_streamer, dataset, split), items => Train(dataset, items));
    }

    private TrainedContender Train(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        var settings = new Dictionary<string, string>(_settings, StringComparer.Ordinal);
        settings["libtorchsharp"] = LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(_options.Threads ?? TorchThreads.Training);
        torch.manual_seed(_seed);
        var input = ResolveInput(dataset, trainItems);
        using var network = new CnnNetwork(input.Channels, input.Height, input.Width, dataset.ClassNames.Count, _options);
        var preprocessor = new ImagePreprocessor(input);
        var images = new float[trainItems.Count * input.Length];
        ImageTensors.Fill(preprocessor, dataset, trainItems, _streamer, images);
        var labels = trainItems.Select(i => (long)dataset.Items[i].Label).ToArray();
        var (fit, validation) = ValidationHoldOut.Split(labels, _options.Validation, _seed, "CNN", dataset.Groups() is { } groups ? trainItems.Select(i => groups[i]).ToArray() : null);
        var classWeights = ClassWeights(dataset, fit.Select(i => (int)labels[i]).ToArray(), settings);
        var augmenter = new BatchAugmenter(_options.Augment, _seed, input);
        var (epochs, bestEpoch, accuracy, curve) = CnnTraining.Run(network, images, labels, fit, validation, _seed, augmenter, _progress, classWeights);
        var (contender, trained) = ExportedNetwork.Publish(CnnOnnxExport.ToBytes(network), ClassifierName, _modelFolder, input, dataset, trainItems, validation,
            (epochs, bestEpoch, validation.Length == 0 ? null : accuracy, curve), _options.Temperature, settings, _streamer, InferenceBatch);
        _trained.Remember(dataset, trained);
        return contender;
    }

    /// <inheritdoc />
    public IImageClassifier LoadMirrored(TrainedNetwork network, ImageDataset dataset) => ExportedNetwork.Mirrored(network, dataset, _streamer, InferenceBatch);

    /// <summary>The loss weights of <c>class-weight</c>, resolved on the images the network fits (not its validation part), or <c>null</c>; recorded in this training's <paramref name="settings"/>.</summary>
    private float[]? ClassWeights(ImageDataset dataset, int[] fitLabels, Dictionary<string, string> settings)
    {
        if (_options.ClassWeightSpec is not { } spec || Configuration.ClassWeightParameter.Parse(spec, "deep model", dataset.ClassNames) is not { } weighting)
        {
            return null;
        }

        var weights = weighting.Resolve(fitLabels, dataset.ClassNames.Count);
        settings["class_weight"] = weighting.Text;
        settings["class_weights"] = ClassWeighting.Describe(weights, dataset.ClassNames);
        return weights.Select(w => (float)w).ToArray();
    }

    private NetInput ResolveInput(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        var (width, height, channels) = FirstImage(dataset, trainItems);
        var size = _options.Size ?? (Math.Min(width, 64), Math.Min(height, 64));
        var c = _options.Channels ?? channels;
        return new NetInput(size.Width, size.Height, c, ChannelOrder.Rgb, 1 / 255f, Enumerable.Repeat(0.5f, c).ToArray(), Enumerable.Repeat(0.5f, c).ToArray());
    }

    private (int Width, int Height, int Channels) FirstImage(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        if (trainItems.Count == 0)
        {
            throw new Errors.UserInputException("The CNN has no training images.");
        }

        // The most common size of a sample (one odd or undecodable image decides nothing); colour from the first decodable one.
        var (width, height) = ReferenceImages.Of(dataset, trainItems).Size;
        using var decoder = new ImageDecoder();
        foreach (var item in trainItems.Take(ReferenceImages.SampleSize))
        {
            var location = dataset.Items[item].Location;
            if (location is IdxImageLocation)
            {
                return (width, height, 1);
            }

            using var image = decoder.TryDecode(location, ImageReadMode.Color, null, out _);
            if (image is null)
            {
                continue;
            }

            using var planes = new Mat();
            Cv2.CvtColor(image, planes, ColorConversionCodes.BGR2GRAY);
            using var back = new Mat();
            Cv2.CvtColor(planes, back, ColorConversionCodes.GRAY2BGR);
            var colour = Cv2.Norm(image, back, NormTypes.INF) > 1;
            return (width, height, colour ? 3 : 1);
        }

        throw new Errors.UserInputException($"Dataset '{dataset.Source}': none of the first {ReferenceImages.SampleSize} training images could be decoded; expected readable images.");
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
