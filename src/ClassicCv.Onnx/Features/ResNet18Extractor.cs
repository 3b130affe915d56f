using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.Onnx.Features;

/// <summary>
/// ResNet-18 embeddings. Preprocessing is the package's: the image resized to size×size, BGR planes of 0–255 values
/// minus the per-pixel ImageNet mean image, no division by a standard deviation. Each thread's worker holds its own
/// network (OpenCV DNN or ONNX Runtime, one thread each), run one image at a time (a fixed batch size of 1). With <c>flip</c>, the embedding is the mean of the
/// image's and its left–right mirror's, for train and test images alike.
/// </summary>
public sealed class ResNet18Extractor : IFeatureExtractor
{
    private readonly int _size;
    private readonly byte[] _backbone;
    private readonly float[] _mean;
    private readonly bool _flip;
    private readonly DnnEngine _engine;

    internal ResNet18Extractor(string name, string settings, int size, byte[] backbone, float[] mean, int length, bool flip, DnnEngine engine, IReadOnlyList<string> notes)
    {
        Name = name;
        Settings = settings;
        _size = size;
        _backbone = backbone;
        _mean = mean;
        Length = length;
        _flip = flip;
        _engine = engine;
        Notes = notes;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => ImageReadMode.Color;

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    /// <summary>Writes the network input for <paramref name="image"/> (BGR planes minus the mean image).</summary>
    /// <param name="image">An 8-bit BGR image.</param>
    /// <param name="destination">3 × size × size values.</param>
    public void Preprocess(Mat image, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(image);
        var plane = _size * _size;
        if (destination.Length != 3 * plane || image.Channels() != 3)
        {
            throw new ArgumentException($"Expected a 3-channel image and {3 * plane} values; got {image.Channels()} channel(s) and {destination.Length} values.", nameof(destination));
        }

        var sized = ImageResizer.ToSize(image, _size, _size, out var owned);
        try
        {
            for (var y = 0; y < _size; y++)
            {
                var pixels = sized.RowSpan<byte>(y);
                for (var x = 0; x < _size; x++)
                {
                    var p = (y * _size) + x;
                    for (var c = 0; c < 3; c++)
                    {
                        destination[(c * plane) + p] = pixels[(x * 3) + c] - _mean[(c * plane) + p];
                    }
                }
            }
        }
        finally
        {
            if (owned)
            {
                sized.Dispose();
            }
        }
    }

    private sealed class Worker : IFeatureWorker
    {
        private readonly ResNet18Extractor _owner;
        private readonly IImageNetwork _net;
        private readonly float[] _input;

        public Worker(ResNet18Extractor owner)
        {
            _owner = owner;
            _net = owner._engine == DnnEngine.OnnxRuntime
                ? new OnnxRuntimeNetwork(owner._backbone, 3, owner._size, owner._size)
                : FixedBatchNet.FromOnnx(owner._backbone, 1, 3, owner._size, owner._size);
            _input = new float[3 * owner._size * owner._size];
        }

        public void Extract(Mat image, Span<float> destination)
        {
            _owner.Preprocess(image, _input);
            _net.Run(_input, 1).CopyTo(destination);
            if (_owner._flip)
            {
                using var mirror = new Mat();
                Cv2.Flip(image, mirror, FlipMode.Y);
                _owner.Preprocess(mirror, _input);
                var mirrored = _net.Run(_input, 1);
                for (var i = 0; i < destination.Length; i++)
                {
                    destination[i] = (destination[i] + mirrored[i]) / 2;
                }
            }
        }

        public void Dispose() => _net.Dispose();
    }
}
