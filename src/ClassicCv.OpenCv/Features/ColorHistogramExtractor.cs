using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Joint colour histogram (or intensity histogram for grayscale data) of each cell of a spatial grid, each cell's
/// histogram L1-normalised (it sums to 1).
/// </summary>
public sealed class ColorHistogramExtractor : IFeatureExtractor
{
    private readonly int _width;
    private readonly int _height;
    private readonly ColorSpace? _space;
    private readonly int _bins;
    private readonly int _grid;
    private readonly int _cellLength;

    internal ColorHistogramExtractor(string name, string settings, int width, int height, ColorSpace? space, int bins, int grid, IReadOnlyList<string> notes)
    {
        Name = name;
        Settings = settings;
        _width = width;
        _height = height;
        _space = space;
        _bins = bins;
        _grid = grid;
        _cellLength = space is null ? 4 * bins : bins * bins * bins;
        Length = grid * grid * _cellLength;
        Notes = notes;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Settings { get; }

    /// <inheritdoc />
    public ImageReadMode Mode => _space is null ? ImageReadMode.Grayscale : ImageReadMode.Color;

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    private sealed class Worker(ColorHistogramExtractor owner) : IFeatureWorker
    {
        private readonly Mat _converted = new();

        public void Extract(Mat image, Span<float> destination)
        {
            var sized = ImageResizer.ToSize(image, owner._width, owner._height, out var owned);
            try
            {
                destination.Clear();
                if (owner._space is { } space)
                {
                    CountColours(sized, space, destination);
                }
                else
                {
                    CountIntensities(sized, destination);
                }

                Normalize(destination);
            }
            finally
            {
                if (owned)
                {
                    sized.Dispose();
                }
            }
        }

        public void Dispose() => _converted.Dispose();

        private void CountColours(Mat sized, ColorSpace space, Span<float> destination)
        {
            var source = sized;
            if (sized.Channels() == 1)
            {
                Cv2.CvtColor(sized, _converted, ColorConversionCodes.GRAY2BGR);
                source = _converted;
            }

            var code = space switch
            {
                ColorSpace.Hsv => ColorConversionCodes.BGR2HSV,
                ColorSpace.Rgb => ColorConversionCodes.BGR2RGB,
                _ => ColorConversionCodes.BGR2Lab,
            };
            Cv2.CvtColor(source, _converted, code);
            var firstRange = space == ColorSpace.Hsv ? 180 : 256;
            var bins = owner._bins;
            for (var y = 0; y < owner._height; y++)
            {
                var row = _converted.RowSpan<byte>(y);
                var cellRow = y * owner._grid / owner._height;
                for (var x = 0; x < owner._width; x++)
                {
                    var cell = (cellRow * owner._grid) + (x * owner._grid / owner._width);
                    var a = Math.Min(row[3 * x] * bins / firstRange, bins - 1);
                    var b = row[(3 * x) + 1] * bins / 256;
                    var c = row[(3 * x) + 2] * bins / 256;
                    destination[(cell * owner._cellLength) + (((a * bins) + b) * bins) + c]++;
                }
            }
        }

        private void CountIntensities(Mat sized, Span<float> destination)
        {
            var source = sized;
            if (sized.Channels() == 3)
            {
                Cv2.CvtColor(sized, _converted, ColorConversionCodes.BGR2GRAY);
                source = _converted;
            }

            var levels = owner._cellLength;
            for (var y = 0; y < owner._height; y++)
            {
                var row = source.RowSpan<byte>(y);
                var cellRow = y * owner._grid / owner._height;
                for (var x = 0; x < owner._width; x++)
                {
                    var cell = (cellRow * owner._grid) + (x * owner._grid / owner._width);
                    destination[(cell * levels) + (row[x] * levels / 256)]++;
                }
            }
        }

        private void Normalize(Span<float> destination)
        {
            for (var start = 0; start < destination.Length; start += owner._cellLength)
            {
                var cell = destination.Slice(start, owner._cellLength);
                var sum = 0f;
                foreach (var value in cell)
                {
                    sum += value;
                }

                if (sum > 0)
                {
                    for (var i = 0; i < cell.Length; i++)
                    {
                        cell[i] /= sum;
                    }
                }
            }
        }
    }
}
