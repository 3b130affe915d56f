using OpenCvSharp;

namespace ClassicCv.OpenCv.Explaining;

/// <summary>Draws an occlusion map over its image: the image enlarged, blended with the map in OpenCV's JET colours (red = relied on most).</summary>
public static class OcclusionOverlay
{
    /// <summary>PNG bytes of the overlay.</summary>
    /// <param name="image">The image the map explains (grayscale or BGR, 8-bit).</param>
    /// <param name="map">Its occlusion map.</param>
    /// <param name="longerSide">Longer side of the picture in pixels (tiny images are enlarged with nearest-neighbour), 16 to 2048.</param>
    public static byte[] Render(Mat image, OcclusionMap map, int longerSide = 192)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(longerSide, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(longerSide, 2048);
        var heat = map.PixelHeat();
        var peak = heat.DefaultIfEmpty(0).Max();
        var bytes = heat.Select(h => peak > 0 ? (byte)Math.Round(255 * h / peak) : (byte)0).ToArray();
        using var gray = Mat.FromPixelData(map.Height, map.Width, MatType.CV_8UC1, bytes);
        using var colours = new Mat();
        Cv2.ApplyColorMap(gray, colours, ColormapTypes.Jet);
        using var bgr = new Mat();
        if (image.Channels() == 1)
        {
            Cv2.CvtColor(image, bgr, ColorConversionCodes.GRAY2BGR);
        }
        else
        {
            image.CopyTo(bgr);
        }

        var scale = (double)longerSide / Math.Max(map.Width, map.Height);
        var size = new Size(Math.Max(1, (int)Math.Round(map.Width * scale)), Math.Max(1, (int)Math.Round(map.Height * scale)));
        var interpolation = scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Nearest;
        using var big = new Mat();
        Cv2.Resize(bgr, big, size, 0, 0, interpolation);
        using var bigHeat = new Mat();
        Cv2.Resize(colours, bigHeat, size, 0, 0, InterpolationFlags.Linear);
        using var blended = new Mat();
        Cv2.AddWeighted(big, 0.55, bigHeat, 0.45, 0, blended);
        Cv2.ImEncode(".png", blended, out var png);
        return png;
    }
}
