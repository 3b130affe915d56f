using System.Collections.Concurrent;
using ClassicCv.Datasets;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>
/// Renders small PNG thumbnails of dataset images for reports: large images are shrunk (area averaging) and tiny ones
/// enlarged (nearest neighbour, so pixels stay crisp) until their longer side is the requested size.
/// </summary>
public sealed class ThumbnailRenderer
{
    private readonly ImageStreamer _streamer;

    /// <summary>Creates a renderer.</summary>
    /// <param name="streamer">Decodes the images.</param>
    /// <param name="longerSide">Longer side of every thumbnail in pixels, from 8 to 1024.</param>
    public ThumbnailRenderer(ImageStreamer streamer, int longerSide = 96)
    {
        ArgumentNullException.ThrowIfNull(streamer);
        if (longerSide is < 8 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(longerSide), longerSide, "Expected a thumbnail size from 8 to 1024 pixels.");
        }

        _streamer = streamer;
        LongerSide = longerSide;
    }

    /// <summary>Longer side of every thumbnail in pixels.</summary>
    public int LongerSide { get; }

    /// <summary>PNG bytes of each item's thumbnail; items that cannot be decoded are left out.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices.</param>
    public IReadOnlyDictionary<int, byte[]> Render(ImageDataset dataset, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        var thumbnails = new ConcurrentDictionary<int, byte[]>();
        _streamer.ForEach(dataset, items, ImageReadMode.Color, () => new Stateless(), (_, position, image) => thumbnails[items[position]] = Encode(image));
        return new SortedDictionary<int, byte[]>(thumbnails);
    }

    /// <summary>The PNG bytes of one image's thumbnail.</summary>
    /// <param name="image">A decoded 8-bit image.</param>
    public byte[] Encode(Mat image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var scale = (double)LongerSide / Math.Max(image.Width, image.Height);
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        using var resized = new Mat();
        Cv2.Resize(image, resized, new Size(width, height), 0, 0, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Nearest);
        Cv2.ImEncode(".png", resized, out var png);
        return png;
    }

    private sealed class Stateless : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
