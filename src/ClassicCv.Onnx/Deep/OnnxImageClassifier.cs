using ClassicCv.Datasets;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// An ONNX classification network run by OpenCV DNN: each image's outputs (logits or probabilities) become the scores
/// of the dataset's classes through the model's label order, and the highest wins. Not thread-safe (one network).
/// </summary>
public sealed class OnnxImageClassifier : IDecodedImageClassifier
{
    private readonly FixedBatchNet _net;
    private readonly ImagePreprocessor _preprocessor;
    private readonly int[] _outputOfClass;
    private readonly ImageStreamer _streamer;

    /// <summary>Composes a loaded network with its input and label mapping.</summary>
    /// <param name="net">The network; disposed with this classifier.</param>
    /// <param name="preprocessor">Makes the network's input from a decoded image.</param>
    /// <param name="classNames">The dataset's class names, by label.</param>
    /// <param name="outputOfClass">For each dataset label, the index of the network output that scores it.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="modelPath">The ONNX file the network was read from (so it can be saved with <see cref="SavedNetwork"/>), or <c>null</c>.</param>
    public OnnxImageClassifier(FixedBatchNet net, ImagePreprocessor preprocessor, IReadOnlyList<string> classNames, int[] outputOfClass, ImageStreamer streamer, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(outputOfClass);
        if (outputOfClass.Length != classNames.Count)
        {
            throw new ArgumentException($"The label mapping has {outputOfClass.Length} entries; expected one per class ({classNames.Count}).", nameof(outputOfClass));
        }

        _net = net;
        _preprocessor = preprocessor;
        ClassNames = classNames;
        _outputOfClass = outputOfClass;
        _streamer = streamer;
        ModelPath = modelPath;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>
    /// The temperature fitted for the network in its run (a saved network keeps it): the scores are then
    /// softmax(logits / T), the run's calibrated probabilities; <c>null</c> leaves the network's outputs as its scores.
    /// </summary>
    public double? Temperature { get; init; }

    /// <summary>Score each image as the mean of its own and its left–right mirror's outputs (test-time flip); default false.</summary>
    public bool MirrorAveraged { get; init; }

    /// <summary>The ONNX file the network was read from, or <c>null</c> when unknown.</summary>
    public string? ModelPath { get; }

    /// <summary>The network's input: size, channels and preprocessing.</summary>
    public NetInput Input => _preprocessor.Input;

    /// <summary>Images per forward pass.</summary>
    public int BatchSize => _net.BatchSize;

    /// <summary>The class names in the network's output order (the inverse of the label mapping).</summary>
    public IReadOnlyList<string> OutputLabels
    {
        get
        {
            var labels = new string[_outputOfClass.Length];
            for (var c = 0; c < labels.Length; c++)
            {
                labels[_outputOfClass[c]] = ClassNames[c];
            }

            return labels;
        }
    }

    /// <inheritdoc />
    public ImageReadMode Mode => _preprocessor.Mode;

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Scores(NetRunner.Run(_net, _preprocessor, dataset, items, _streamer, MirrorAveraged), items.Count);
    }

    /// <inheritdoc />
    public Predictions Predict(IReadOnlyList<Mat> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var length = _preprocessor.Length;
        var inputs = new float[images.Count * length];
        for (var i = 0; i < images.Count; i++)
        {
            _preprocessor.Fill(images[i], inputs.AsSpan(i * length, length));
        }

        return Scores(Run(inputs, images.Count), images.Count);
    }

    /// <inheritdoc />
    public PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        var length = _preprocessor.Length;
        var inputs = new float[items.Count * length];
        var failed = _streamer.ForEach(dataset, items, _preprocessor.Mode, () => new NoWorkerState(), (_, position, image) =>
            _preprocessor.Fill(image, inputs.AsSpan(position * length, length)));
        var readable = Enumerable.Range(0, items.Count).Where(p => !failed.ContainsKey(p)).ToArray();
        var packed = new float[readable.Length * length];
        for (var i = 0; i < readable.Length; i++)
        {
            inputs.AsSpan(readable[i] * length, length).CopyTo(packed.AsSpan(i * length, length));
        }

        var predictions = readable.Length == 0 ? new Predictions([], null, false) : Scores(Run(packed, readable.Length), readable.Length);
        return new PartialPredictions(readable.Select(p => items[p]).ToArray(), predictions, failed.ToDictionary(pair => items[pair.Key], pair => pair.Value));
    }

    /// <inheritdoc />
    public void Dispose() => _net.Dispose();

    private float[] Run(float[] inputs, int count) =>
        MirrorAveraged ? MirroredInputs.MeanOutputs(_net, inputs, count, _preprocessor.Input.Width) : _net.Run(inputs, count);

    private Predictions Scores(float[] outputs, int count)
    {
        var width = _net.OutputLength;
        var classes = ClassNames.Count;
        var scores = new float[count * classes];
        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            var best = 0;
            for (var c = 0; c < classes; c++)
            {
                scores[(i * classes) + c] = outputs[(i * width) + _outputOfClass[c]];
                if (scores[(i * classes) + c] > scores[(i * classes) + best])
                {
                    best = c;
                }
            }

            labels[i] = best;
        }

        return Temperature is { } temperature
            ? new Predictions(labels, TemperatureScaling.Probabilities(scores, classes, temperature), true) { CalibrationMethod = "temperature" }
            : new Predictions(labels, scores, false);
    }
}
