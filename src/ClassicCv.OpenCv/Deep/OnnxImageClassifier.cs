using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Deep;

/// <summary>
/// An ONNX classification network run by OpenCV DNN: each image's outputs (logits or probabilities) become the scores
/// of the dataset's classes through the model's label order, and the highest wins.
/// </summary>
public sealed class OnnxImageClassifier : IImageClassifier
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
    public OnnxImageClassifier(FixedBatchNet net, ImagePreprocessor preprocessor, IReadOnlyList<string> classNames, int[] outputOfClass, ImageStreamer streamer)
    {
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
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ClassNames { get; }

    /// <inheritdoc />
    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var outputs = NetRunner.Run(_net, _preprocessor, dataset, items, _streamer);
        var width = _net.OutputLength;
        var classes = ClassNames.Count;
        var scores = new float[items.Count * classes];
        var labels = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
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

        return new Predictions(labels, scores, false);
    }

    /// <inheritdoc />
    public void Dispose() => _net.Dispose();
}
