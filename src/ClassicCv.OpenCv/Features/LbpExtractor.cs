using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Uniform LBP: each interior pixel gets the 8-bit code of which of its 8 neighbours (radius 1) are ≥ it; codes with
/// at most two 0/1 transitions around the circle keep their own bin (58), all others share one; each grid cell's
/// 59-bin histogram is L1-normalised.
/// </summary>
public sealed class LbpExtractor : IFeatureExtractor
{
    /// <summary>Bins per cell: 58 uniform patterns and one for every non-uniform pattern.</summary>
    public const int BinsPerCell = 59;

    private static readonly byte[] BinOfCode = BuildBinTable();
    private readonly int _width;
    private readonly int _height;
    private readonly int _grid;

    internal LbpExtractor(string name, string settings, int width, int height, int grid)
    {
        Name = name;
        Settings = settings;
        _width = width;
        _height = height;
        _grid = grid;
        Length = grid * grid * BinsPerCell;
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
    public IReadOnlyList<string> Notes => [];

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(this);

    /// <summary>The histogram bin of an 8-bit LBP code: 0–57 for the uniform codes in increasing order, 58 otherwise.</summary>
    /// <param name="code">The code, 0–255.</param>
    public static int BinOf(int code) => BinOfCode[code];

    private static byte[] BuildBinTable()
    {
        var table = new byte[256];
        var next = 0;
        for (var code = 0; code < 256; code++)
        {
            var transitions = 0;
            for (var bit = 0; bit < 8; bit++)
            {
                transitions += ((code >> bit) & 1) != ((code >> ((bit + 1) % 8)) & 1) ? 1 : 0;
            }

            table[code] = (byte)(transitions <= 2 ? next++ : BinsPerCell - 1);
        }

        return table;
    }

    private sealed class Worker(LbpExtractor owner) : IFeatureWorker
    {
        private readonly Mat _gray = new();

        public void Extract(Mat image, Span<float> destination)
        {
            var sized = ImageResizer.ToSize(image, owner._width, owner._height, out var owned);
            try
            {
                var source = sized;
                if (sized.Channels() == 3)
                {
                    Cv2.CvtColor(sized, _gray, ColorConversionCodes.BGR2GRAY);
                    source = _gray;
                }

                Count(source, destination);
            }
            finally
            {
                if (owned)
                {
                    sized.Dispose();
                }
            }
        }

        public void Dispose() => _gray.Dispose();

        private void Count(Mat source, Span<float> destination)
        {
            destination.Clear();
            int innerWidth = owner._width - 2, innerHeight = owner._height - 2, grid = owner._grid;
            var perCell = new int[grid * grid];
            for (var y = 1; y <= innerHeight; y++)
            {
                var above = source.RowSpan<byte>(y - 1);
                var row = source.RowSpan<byte>(y);
                var below = source.RowSpan<byte>(y + 1);
                var cellRow = (y - 1) * grid / innerHeight;
                for (var x = 1; x <= innerWidth; x++)
                {
                    var c = row[x];
                    var code = (above[x - 1] >= c ? 1 : 0)
                        | (above[x] >= c ? 2 : 0)
                        | (above[x + 1] >= c ? 4 : 0)
                        | (row[x + 1] >= c ? 8 : 0)
                        | (below[x + 1] >= c ? 16 : 0)
                        | (below[x] >= c ? 32 : 0)
                        | (below[x - 1] >= c ? 64 : 0)
                        | (row[x - 1] >= c ? 128 : 0);
                    var cell = (cellRow * grid) + ((x - 1) * grid / innerWidth);
                    destination[(cell * BinsPerCell) + BinOfCode[code]]++;
                    perCell[cell]++;
                }
            }

            for (var cell = 0; cell < perCell.Length; cell++)
            {
                var histogram = destination.Slice(cell * BinsPerCell, BinsPerCell);
                for (var i = 0; i < histogram.Length; i++)
                {
                    histogram[i] /= perCell[cell];
                }
            }
        }
    }
}
