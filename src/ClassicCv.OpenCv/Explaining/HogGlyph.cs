using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Explaining;

/// <summary>
/// Draws HOG descriptors as scikit-image's <c>hog(visualize=True)</c> does: in every cell a star of line segments
/// through its centre, one per orientation bin, along the edge direction (perpendicular to the gradient), as bright as
/// the bin's share of the strongest bin in the picture. Also folds per-value weights (e.g. a forest's variable
/// importance) back onto the image grid.
/// </summary>
public static class HogGlyph
{
    /// <summary>PNG bytes of the glyph image of a descriptor (white lines on black).</summary>
    /// <param name="geometry">The descriptor's layout.</param>
    /// <param name="descriptor">The descriptor (e.g. a class's mean over its training images).</param>
    /// <param name="cellPixels">Side of one cell in the picture, 8 to 64 pixels.</param>
    public static byte[] Render(HogGeometry geometry, IReadOnlyList<double> descriptor, int cellPixels = 16)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellPixels, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cellPixels, 64);
        var histograms = geometry.CellHistograms(descriptor);
        var peak = histograms.DefaultIfEmpty(0).Max();
        using var canvas = new Mat(geometry.CellsY * cellPixels, geometry.CellsX * cellPixels, MatType.CV_8UC1, Scalar.Black);
        var range = geometry.Signed ? 360.0 : 180.0;
        var radius = (cellPixels / 2.0) - 1;
        for (var y = 0; y < geometry.CellsY; y++)
        {
            for (var x = 0; x < geometry.CellsX; x++)
            {
                var centre = new Point2d((x + 0.5) * cellPixels, (y + 0.5) * cellPixels);
                for (var b = 0; b < geometry.Bins; b++)
                {
                    var value = histograms[(((y * geometry.CellsX) + x) * geometry.Bins) + b];
                    if (peak <= 0 || value <= 0)
                    {
                        continue;
                    }

                    // The gradient's orientation is the bin centre; the edge it comes from runs at right angles to it.
                    var edge = (((b + 0.5) * range / geometry.Bins) + 90) * Math.PI / 180;
                    var dx = radius * Math.Cos(edge);
                    var dy = radius * Math.Sin(edge);
                    var shade = (int)Math.Round(255 * Math.Min(1, value / peak));
                    Cv2.Line(canvas, new Point(centre.X - dx, centre.Y - dy), new Point(centre.X + dx, centre.Y + dy), new Scalar(shade), 1, LineTypes.AntiAlias);
                }
            }
        }

        Cv2.ImEncode(".png", canvas, out var png);
        return png;
    }

    /// <summary>
    /// Per-value weights (one per descriptor value) summed over bins into one weight per window cell, row-major
    /// (CellsY × CellsX), each cell's values first averaged over the blocks that contain it.
    /// </summary>
    /// <param name="geometry">The descriptor's layout.</param>
    /// <param name="weights">One weight per descriptor value.</param>
    public static double[] CellWeights(HogGeometry geometry, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var histograms = geometry.CellHistograms(weights);
        var cells = new double[geometry.CellsX * geometry.CellsY];
        for (var c = 0; c < cells.Length; c++)
        {
            for (var b = 0; b < geometry.Bins; b++)
            {
                cells[c] += histograms[(c * geometry.Bins) + b];
            }
        }

        return cells;
    }

    /// <summary>PNG bytes of per-cell weights as a heat map (OpenCV's JET colours, red = largest), cells drawn as squares.</summary>
    /// <param name="geometry">The descriptor's layout.</param>
    /// <param name="cellWeights">Row-major CellsY × CellsX weights (see <see cref="CellWeights"/>).</param>
    /// <param name="cellPixels">Side of one cell in the picture, 8 to 64 pixels.</param>
    public static byte[] RenderCells(HogGeometry geometry, IReadOnlyList<double> cellWeights, int cellPixels = 16)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(cellWeights);
        var peak = cellWeights.DefaultIfEmpty(0).Max();
        var bytes = cellWeights.Select(w => peak > 0 ? (byte)Math.Round(255 * Math.Max(0, w) / peak) : (byte)0).ToArray();
        using var small = Mat.FromPixelData(geometry.CellsY, geometry.CellsX, MatType.CV_8UC1, bytes);
        using var big = new Mat();
        Cv2.Resize(small, big, new Size(geometry.CellsX * cellPixels, geometry.CellsY * cellPixels), 0, 0, InterpolationFlags.Nearest);
        using var colours = new Mat();
        Cv2.ApplyColorMap(big, colours, ColormapTypes.Jet);
        Cv2.ImEncode(".png", colours, out var png);
        return png;
    }
}
