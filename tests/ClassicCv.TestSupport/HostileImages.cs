using System.Buffers.Binary;
using OpenCvSharp;

namespace ClassicCv.TestSupport;

/// <summary>Colour test images, and image files a hostile user might hand in (a PNG whose header lies about its size).</summary>
public static class HostileImages
{
    /// <summary>
    /// Writes <c>root/&lt;class&gt;/&lt;i&gt;.png</c> colour images: class k is a disc of hue k·180°/classes on a
    /// differently tinted background, with seeded noise, so colour features separate the classes.
    /// </summary>
    public static void WriteColourFolder(string root, IReadOnlyList<string> classes, int perClass, int size = 24, int seed = 1)
    {
        var random = new Random(seed);
        for (var k = 0; k < classes.Count; k++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, classes[k])).FullName;
            for (var i = 0; i < perClass; i++)
            {
                using var hsv = new Mat(size, size, MatType.CV_8UC3, new Scalar((90 + (180 * k / classes.Count)) % 180, 120, 90));
                Cv2.Circle(hsv, new Point(size / 2, size / 2), size / 3, new Scalar(180 * k / classes.Count, 220, 230), -1);
                using var noise = new Mat(size, size, MatType.CV_8UC3);
                Cv2.Randu(noise, Scalar.All(0), Scalar.All(20 + random.Next(10)));
                Cv2.Add(hsv, noise, hsv);
                using var bgr = new Mat();
                Cv2.CvtColor(hsv, bgr, ColorConversionCodes.HSV2BGR);
                Cv2.ImWrite(Path.Combine(folder, $"{i:D3}.png"), bgr);
            }
        }
    }

    /// <summary>
    /// Writes a real 8×8 PNG whose header (with a valid checksum) claims <paramref name="width"/>×<paramref name="height"/>
    /// pixels: a decode bomb that OpenCV refuses with an exception (above <c>CV_IO_MAX_IMAGE_PIXELS</c>).
    /// </summary>
    public static void WritePngClaiming(string path, int width, int height)
    {
        using var image = new Mat(8, 8, MatType.CV_8UC1, Scalar.All(128));
        Cv2.ImEncode(".png", image, out var png);
        // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height, then the chunk's CRC over type + data.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        File.WriteAllBytes(path, png);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
