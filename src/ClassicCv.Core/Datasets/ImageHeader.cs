using System.Buffers.Binary;

namespace ClassicCv.Datasets;

/// <summary>
/// Reads an image's width and height from its header, without decoding it (PNG, GIF, BMP and JPEG), so a descriptor
/// can be checked against the sheet it describes before any pixel is read.
/// </summary>
public static class ImageHeader
{
    private const int JpegScanLimit = 1 << 20;

    /// <summary>The size in pixels, or <c>null</c> for another format, an unreadable file or a malformed header.</summary>
    /// <param name="path">An image file.</param>
    public static (int Width, int Height)? TrySize(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[Math.Min(stream.Length, JpegScanLimit)];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            return Size(head);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int Width, int Height)? Size(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 24 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Positive(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        }

        if (head.Length >= 10 && head[..4].SequenceEqual("GIF8"u8))
        {
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }

        if (head.Length >= 26 && head[..2].SequenceEqual("BM"u8))
        {
            return Positive(BinaryPrimitives.ReadInt32LittleEndian(head[18..]), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(head[22..])));
        }

        return head.Length >= 4 && head[0] == 0xFF && head[1] == 0xD8 ? JpegSize(head) : null;
    }

    /// <summary>The first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC) holds height then width.</summary>
    private static (int Width, int Height)? JpegSize(ReadOnlySpan<byte> head)
    {
        var position = 2;
        while (position + 9 < head.Length && head[position] == 0xFF)
        {
            var marker = head[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(head[(position + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(head[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(head[(position + 5)..]));
            }

            position += 2 + length;
        }

        return null;
    }

    private static (int Width, int Height)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
