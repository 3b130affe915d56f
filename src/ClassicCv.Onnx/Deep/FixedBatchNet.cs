using System.Runtime.InteropServices;
using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// An OpenCV DNN network that always runs batches of one fixed size: a shorter last batch is padded with zeros
/// and the padding's outputs dropped. OpenCV 4.13 returns silently wrong outputs when the batch size changes on a
/// <see cref="Net"/> that has already run, so each instance keeps its size for life. Not thread-safe.
/// </summary>
public sealed class FixedBatchNet : IImageNetwork
{
    private readonly Net _net;
    private readonly int[] _shape;
    private readonly float[] _batch;

    /// <summary>Wraps <paramref name="net"/>, which this instance then owns and disposes.</summary>
    /// <param name="net">A loaded network with one input and one output.</param>
    /// <param name="batchSize">Images per forward pass (≥ 1).</param>
    /// <param name="channels">Input channels.</param>
    /// <param name="height">Input height in pixels.</param>
    /// <param name="width">Input width in pixels.</param>
    public FixedBatchNet(Net net, int batchSize, int channels, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        _net = net;
        BatchSize = batchSize;
        InputLength = channels * height * width;
        _shape = [batchSize, channels, height, width];
        _batch = new float[batchSize * InputLength];
    }

    /// <summary>Images per forward pass.</summary>
    public int BatchSize { get; }

    /// <summary>Input values per image (channels × height × width).</summary>
    public int InputLength { get; }

    /// <summary>Output values per image, known after the first run (0 before).</summary>
    public int OutputLength { get; private set; }

    /// <summary>Loads an ONNX file.</summary>
    /// <param name="path">The <c>.onnx</c> file.</param>
    /// <param name="batchSize">Images per forward pass (≥ 1).</param>
    /// <param name="channels">Input channels.</param>
    /// <param name="height">Input height in pixels.</param>
    /// <param name="width">Input width in pixels.</param>
    public static FixedBatchNet FromOnnx(string path, int batchSize, int channels, int height, int width) =>
        OnOpenCvCpu(CvDnn.ReadNetFromOnnx(path), $"the ONNX model '{path}'", batchSize, channels, height, width);

    /// <summary>Loads an ONNX model from its bytes.</summary>
    /// <param name="model">The ONNX file's bytes.</param>
    /// <param name="batchSize">Images per forward pass (≥ 1).</param>
    /// <param name="channels">Input channels.</param>
    /// <param name="height">Input height in pixels.</param>
    /// <param name="width">Input width in pixels.</param>
    public static FixedBatchNet FromOnnx(byte[] model, int batchSize, int channels, int height, int width) =>
        OnOpenCvCpu(CvDnn.ReadNetFromOnnx(model), "an ONNX model", batchSize, channels, height, width);

    /// <summary>Runs <paramref name="count"/> images, in as many fixed-size batches as needed.</summary>
    /// <param name="inputs"><paramref name="count"/> × <see cref="InputLength"/> values, image after image (NCHW).</param>
    /// <param name="count">Number of images.</param>
    /// <returns><paramref name="count"/> × <see cref="OutputLength"/> values, image after image.</returns>
    public float[] Run(ReadOnlySpan<float> inputs, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (inputs.Length != count * InputLength)
        {
            throw new ArgumentException($"The inputs have {inputs.Length} values; expected {count} × {InputLength}.", nameof(inputs));
        }

        var outputs = new List<float>();
        for (var start = 0; start < count; start += BatchSize)
        {
            var take = Math.Min(BatchSize, count - start);
            inputs.Slice(start * InputLength, take * InputLength).CopyTo(_batch);
            Array.Clear(_batch, take * InputLength, (BatchSize - take) * InputLength);
            var batchOutputs = Forward();
            outputs.AddRange(batchOutputs.AsSpan(0, take * OutputLength));
        }

        return [.. outputs];
    }

    /// <inheritdoc />
    public void Dispose() => _net.Dispose();

    private static FixedBatchNet OnOpenCvCpu(Net? net, string what, int batchSize, int channels, int height, int width)
    {
        _ = net ?? throw new InvalidOperationException($"OpenCV could not read {what}.");
        net.SetPreferableBackend(Backend.OPENCV);
        net.SetPreferableTarget(Target.CPU);
        return new FixedBatchNet(net, batchSize, channels, height, width);
    }

    private float[] Forward()
    {
        using var blob = new Mat(_shape, MatType.CV_32FC1);
        Marshal.Copy(_batch, 0, blob.Data, _batch.Length);
        _net.SetInput(blob);
        using var output = _net.Forward();
        var total = checked((int)output.Total());
        if (total % BatchSize != 0 || total == 0)
        {
            throw new InvalidOperationException($"The network gave {total} output values for a batch of {BatchSize}; expected a whole number per image.");
        }

        OutputLength = total / BatchSize;
        using var continuous = output.IsContinuous() ? null : output.Clone();
        var values = new float[total];
        Marshal.Copy((continuous ?? output).Data, values, 0, total);
        return values;
    }
}
