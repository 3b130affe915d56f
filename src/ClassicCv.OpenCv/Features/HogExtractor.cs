using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;
using OpenCvSharp.Internal;
using OpenCvSharp.Internal.Vectors;

namespace ClassicCv.OpenCv.Features;

/// <summary>HOG with a fixed geometry: resize to the target size, crop the centred window, compute OpenCV's descriptor.</summary>
public sealed class HogExtractor : IFeatureExtractor
{
    private readonly int _width;
    private readonly int _height;
    private readonly Rect _window;
    private readonly int _cell;
    private readonly int _block;
    private readonly int _stride;
    private readonly int _bins;
    private readonly bool _signed;

    internal HogExtractor(string name, string settings, int width, int height, int windowWidth, int windowHeight, int cell, int block, int stride, int bins, bool signed, IReadOnlyList<string> notes)
    {
        Name = name;
        Settings = settings;
        _width = width;
        _height = height;
        _window = new Rect((width - windowWidth) / 2, (height - windowHeight) / 2, windowWidth, windowHeight);
        _cell = cell;
        _block = block;
        _stride = stride;
        _bins = bins;
        _signed = signed;
        Notes = notes;
        using var descriptor = CreateDescriptor();
        Length = checked((int)descriptor.GetDescriptorSize());
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => ImageReadMode.Grayscale;

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    /// <summary>Where every descriptor value comes from: image size, window, cells, blocks and bins.</summary>
    public HogGeometry Geometry => new(_width, _height, _window.X, _window.Y, _window.Width, _window.Height, _cell, _block, _stride, _bins, _signed);

    private HOGDescriptor CreateDescriptor() => new(
        new Size(_window.Width, _window.Height), new Size(_block, _block), new Size(_stride, _stride), new Size(_cell, _cell), _bins)
    {
        SignedGradient = _signed,
    };

    private sealed class Worker : IFeatureWorker
    {
        private readonly HogExtractor _owner;
        private readonly HOGDescriptor _descriptor;
        private readonly VectorOfFloat _values = new();

        public Worker(HogExtractor owner)
        {
            _owner = owner;
            _descriptor = owner.CreateDescriptor();
        }

        public void Extract(Mat image, Span<float> destination)
        {
            var sized = ImageResizer.ToSize(image, _owner._width, _owner._height, out var owned);
            try
            {
                if (sized.Width == _owner._window.Width && sized.Height == _owner._window.Height)
                {
                    Compute(sized, destination);
                    return;
                }

                // A copy, not a view: OpenCV's HOG would otherwise read gradients from pixels outside the window.
                using var roi = new Mat(sized, _owner._window);
                using var window = roi.Clone();
                Compute(window, destination);
            }
            finally
            {
                if (owned)
                {
                    sized.Dispose();
                }
            }
        }

        public void Dispose()
        {
            _descriptor.Dispose();
            _values.Dispose();
        }

        /// <summary>
        /// <c>HOGDescriptor::compute</c> into this worker's reusable native vector, copied straight into the feature
        /// row: the same native call as <see cref="HOGDescriptor.Compute"/>, without a new managed array per image.
        /// </summary>
        private unsafe void Compute(Mat window, Span<float> destination)
        {
            NativeMethods.HandleException(NativeMethods.objdetect_HOGDescriptor_compute(
                _descriptor.CvPtr, window.CvPtr, _values.CvPtr, new Size(0, 0), new Size(0, 0), null, 0));
            GC.KeepAlive(window);
            GC.KeepAlive(_descriptor);
            var count = _values.Size;
            if (count != destination.Length)
            {
                throw new InvalidOperationException($"HOG produced {count} values, expected {destination.Length}.");
            }

            new ReadOnlySpan<float>((void*)_values.ElemPtr, count).CopyTo(destination);
        }
    }
}
