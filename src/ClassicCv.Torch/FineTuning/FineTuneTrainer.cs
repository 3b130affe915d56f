using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Native;
using ClassicCv.Torch.TestTime;
using ClassicCv.Torch.Training;
using TorchSharp;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// The <c>resnet18-finetune</c> contender: the ImageNet ResNet-18 ClassicCv ships, rebuilt in TorchSharp with its weights
/// loaded from the ONNX file, a new linear head for the dataset's classes, fine-tuned on the training split (seeded),
/// exported to ONNX and evaluated as that ONNX file run by OpenCV DNN. Inputs are the shipped model's: BGR planes of
/// 0–255 values minus the ImageNet channel means of the package's mean image, no division by a standard deviation.
/// </summary>
public sealed class FineTuneTrainer : IImageClassifierTrainer, INetworkSource
{
    private const int InferenceBatch = 32;
    private readonly FineTuneOptions _options;
    private readonly int _seed;
    private readonly string _modelFolder;
    private readonly ImageStreamer _streamer;
    private readonly Dictionary<string, string> _settings;
    private readonly Action<string>? _progress;
    private readonly NetworkMemo _trained = new();

    /// <summary>Creates the contender.</summary>
    /// <param name="options">Network and training settings.</param>
    /// <param name="seed">Seed of the head's initialisation, the validation split, shuffling and augmentation.</param>
    /// <param name="modelFolder">Where the trained ONNX model is written.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="progress">Receives one line per epoch, or <c>null</c>.</param>
    public FineTuneTrainer(FineTuneOptions options, int seed, string modelFolder, ImageStreamer streamer, Action<string>? progress = null)
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
            ["size"] = Invariant(options.Size),
            ["max_epochs"] = Invariant(options.Epochs),
            ["batch"] = Invariant(options.BatchSize),
            ["lr"] = Invariant(options.LearningRate),
            ["backbone_lr"] = Invariant(options.EffectiveBackboneLearningRate),
            ["schedule"] = LearningRateSchedules.Name(options.Schedule),
            ["optimizer"] = "adamw",
            ["weight_decay"] = Invariant(options.WeightDecay),
            ["freeze"] = FineTuneOptions.FreezeNames[options.FrozenThrough + 1],
            ["validation"] = Invariant(options.Validation),
            ["patience"] = Invariant(options.Patience),
            ["augment"] = options.Augment.Describe(),
            ["label_smoothing"] = Invariant(options.LabelSmoothing),
            ["threads"] = Invariant(options.Threads ?? TorchThreads.Training),
            ["seed"] = Invariant(seed),
        };
    }

    /// <inheritdoc />
    public string FeaturesName => EndToEnd.FeaturesName;

    /// <inheritdoc />
    public string ClassifierName => "resnet18-finetune";

    /// <inheritdoc />
    /// <remarks>The trained contender's settings add the input, the epochs run, the best epoch, the training curve and the model file.</remarks>
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
        if (trainItems.Count == 0)
        {
            throw new Errors.UserInputException("resnet18-finetune has no training images.");
        }

        var values = (long)trainItems.Count * 3 * _options.Size * _options.Size;
        if (values > Array.MaxLength)
        {
            throw new Errors.UserInputException(string.Create(CultureInfo.InvariantCulture, $"resnet18-finetune holds its training images in memory: {trainItems.Count} images at size={_options.Size} need {values * 4 / 1e9:0.0} GB in one buffer, more than one array can hold ({Array.MaxLength} values); use a smaller size or --max-train-per-class."));
        }

        var folder = _options.ModelsFolder ?? ResNet18Files.DefaultFolder;
        ResNet18Files.RequireIn(folder);
        settings["libtorchsharp"] = LibTorchLoader.EnsureLoaded();
        torch.set_num_threads(_options.Threads ?? TorchThreads.Training);
        torch.manual_seed(_seed);
        var input = InputOf(folder, _options.Size);
        using var network = new ResNet18Network(dataset.ClassNames.Count);
        ResNet18OnnxWeights.Load(network, ResNet18Files.Backbone(folder));
        ZeroHead(network);
        var preprocessor = new ImagePreprocessor(input);
        var images = new float[trainItems.Count * input.Length];
        ImageTensors.Fill(preprocessor, dataset, trainItems, _streamer, images);
        var labels = trainItems.Select(i => (long)dataset.Items[i].Label).ToArray();
        var (fit, validation) = ValidationHoldOut.Split(labels, _options.Validation, _seed, "resnet18-finetune", dataset.Groups() is { } groups ? trainItems.Select(i => groups[i]).ToArray() : null);
        var augmenter = new BatchAugmenter(_options.Augment, _seed, input);
        var outcome = FineTuneTraining.Run(network, images, labels, fit, validation, _options, augmenter, _seed, _progress);

        var (contender, trained) = ExportedNetwork.Publish(ResNet18OnnxExport.ToBytes(network, _options.Size), ClassifierName, _modelFolder, input, dataset, trainItems, validation,
            (outcome.EpochsRun, outcome.BestEpoch, outcome.BestAccuracy, outcome.Curve), _options.Temperature, settings, _streamer, InferenceBatch);
        _trained.Remember(dataset, trained);
        return contender;
    }

    /// <inheritdoc />
    public IImageClassifier LoadMirrored(TrainedNetwork network, ImageDataset dataset) => ExportedNetwork.Mirrored(network, dataset, _streamer, InferenceBatch);

    /// <summary>The shipped model's input at <paramref name="size"/>: BGR, 0–255, minus the channel means of the package's mean image.</summary>
    /// <param name="folder">The <c>DnnImageModels</c> folder.</param>
    /// <param name="size">The input side.</param>
    public static NetInput InputOf(string folder, int size)
    {
        var mean = ResNet18Files.MeanImage(folder, ResNet18Files.ShippedSize);
        var plane = ResNet18Files.ShippedSize * ResNet18Files.ShippedSize;
        var channels = Enumerable.Range(0, 3).Select(c => (float)Math.Round(mean.AsSpan(c * plane, plane).ToArray().Average(v => (double)v), 3)).ToArray();
        return new NetInput(size, size, 3, ChannelOrder.Bgr, 1f, channels, [1f, 1f, 1f]);
    }

    // A zero head starts every class at the same score (loss ln C) instead of random logits of the large ImageNet embedding.
    private static void ZeroHead(ResNet18Network network)
    {
        using var noGrad = torch.no_grad();
        network.Head!.weight!.zero_();
        network.Head.bias!.zero_();
    }


    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
