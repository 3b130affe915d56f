using ClassicCv.Datasets;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// Runs a <see cref="FixedBatchNet"/> over dataset items: chunks of images are decoded and preprocessed on all cores,
/// then each chunk goes through the network in fixed-size batches (OpenCV's own threads do the maths).
/// </summary>
public static class NetRunner
{
    private const int ChunkImages = 256;

    /// <summary>Returns <paramref name="items"/>.Count × <see cref="FixedBatchNet.OutputLength"/> outputs, item after item.</summary>
    /// <param name="net">The network.</param>
    /// <param name="preprocessor">Makes the network's input from a decoded image.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices.</param>
    /// <param name="streamer">Decodes images on all cores.</param>
    /// <param name="mirrored">Average each image's outputs with its left–right mirror's (<see cref="MirroredInputs"/>).</param>
    public static float[] Run(FixedBatchNet net, ImagePreprocessor preprocessor, ImageDataset dataset, IReadOnlyList<int> items, ImageStreamer streamer, bool mirrored = false)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(streamer);
        var outputs = new List<float>();
        var buffer = new float[Math.Min(ChunkImages, Math.Max(1, items.Count)) * preprocessor.Length];
        for (var start = 0; start < items.Count; start += ChunkImages)
        {
            var chunk = items.Skip(start).Take(ChunkImages).ToArray();
            ImageTensors.Fill(preprocessor, dataset, chunk, streamer.PartOf(start, items.Count), buffer);
            var inputs = buffer.AsSpan(0, chunk.Length * preprocessor.Length);
            outputs.AddRange(mirrored ? MirroredInputs.MeanOutputs(net, inputs, chunk.Length, preprocessor.Input.Width) : net.Run(inputs, chunk.Length));
        }

        return [.. outputs];
    }
}
