using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>Resizes and flattens the pixels, row-major (channels interleaved), scaled by 1/255.</summary>
public sealed class RawPixelsExtractor : IFeatureExtractor
{
    private readonly int _width;
    private readonly int _height;

    internal RawPixelsExtractor(string name, string settings, int width, int height, bool color)
    {
        Name = name;
        Settings = settings;
        _width = width;
        _height = height;
        Mode = color ? ImageReadMode.Color : ImageReadMode.Grayscale;
        Length = width * height * (color ? 3 : 1);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <inheritdoc />
    public ImageReadMode Mode { get; }

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes => [];

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker(RawPixelsExtractor owner) : IFeatureWorker
    {
        public void Extract(Mat image, Span<float> destination)
        {
            var sized = ImageResizer.ToSize(image, owner._width, owner._height, out var owned);
            try
            {
                using var copy = sized.IsContinuous() ? null : sized.Clone();
                var bytes = new byte[owner.Length];
                System.Runtime.InteropServices.Marshal.Copy((copy ?? sized).Data, bytes, 0, bytes.Length);
                for (var i = 0; i < bytes.Length; i++)
                {
                    destination[i] = bytes[i] / 255f;
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

        public void Dispose()
        {
        }
    }
}
