using System.Buffers.Binary;

namespace ClassicCv.Serving;

/// <summary>
/// An image's format and size read from its first bytes, before anything is decoded, so a small file that would
/// decode to billions of pixels (a decompression bomb) is refused without allocating them.
/// </summary>
/// <param name="Format">png, jpeg, bmp, webp, tiff or pnm.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ImageHeader(string Format, long Width, long Height)
{
    /// <summary>The media types whose headers are read; any other is answered 415.</summary>
    public static readonly IReadOnlyList<string> MediaTypes =
    [
        "image/png", "image/jpeg", "image/bmp", "image/webp", "image/tiff",
        "image/x-portable-graymap", "image/x-portable-pixmap", "image/x-portable-bitmap", "image/x-portable-anymap",
    ];

    /// <summary>Width × height.</summary>
    public long Pixels => Width * Height;

    /// <summary>True when <paramref name="mediaType"/> (without parameters) is one of <see cref="MediaTypes"/> (or an alias).</summary>
    /// <param name="mediaType">e.g. <c>image/png</c>.</param>
    public static bool IsSupported(string? mediaType) =>
        mediaType is not null && (MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            || mediaType.Equals("image/jpg", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("image/x-ms-bmp", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the header of an encoded image; <c>null</c> when the bytes are no image this reader knows or the header is cut short.</summary>
    /// <param name="bytes">The encoded file.</param>
    public static ImageHeader? Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return bytes switch
            {
                [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png(bytes),
                [0xFF, 0xD8, ..] => Jpeg(bytes),
                [(byte)'B', (byte)'M', ..] => Bmp(bytes),
                [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(bytes),
                [(byte)'I', (byte)'I', 42, 0, ..] => Tiff(bytes, littleEndian: true),
                [(byte)'M', (byte)'M', 0, 42, ..] => Tiff(bytes, littleEndian: false),
                [(byte)'P', >= (byte)'1' and <= (byte)'6', ..] => Pnm(bytes),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            return null; // the header is cut short
        }
    }

    private static ImageHeader? Png(ReadOnlySpan<byte> b) =>
        b.Slice(12, 4).SequenceEqual("IHDR"u8) ? Sized("png", BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..])) : null;

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            var startOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (startOfFrame)
            {
                return Sized("jpeg", BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }

            if (marker == 0xDA || length < 2)
            {
                return null; // scan data before any frame header
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageHeader? Bmp(ReadOnlySpan<byte> b) =>
        BinaryPrimitives.ReadUInt32LittleEndian(b[14..]) == 12
            ? Sized("bmp", BinaryPrimitives.ReadUInt16LittleEndian(b[18..]), BinaryPrimitives.ReadUInt16LittleEndian(b[20..]))
            : Sized("bmp", Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(b[18..])), Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(b[22..])));

    private static ImageHeader? WebP(ReadOnlySpan<byte> b)
    {
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return Sized("webp", BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Sized("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        return chunk.SequenceEqual("VP8X"u8)
            ? Sized("webp", (b[24] | (b[25] << 8) | (b[26] << 16)) + 1L, (b[27] | (b[28] << 8) | (b[29] << 16)) + 1L)
            : null;
    }

    private static ImageHeader? Tiff(ReadOnlySpan<byte> b, bool littleEndian)
    {
        var ifd = checked((int)U32(b, 4, littleEndian));
        long width = 0, height = 0;
        for (var e = 0; e < U16(b, ifd, littleEndian); e++)
        {
            var entry = ifd + 2 + (12 * e);
            var value = U16(b, entry + 2, littleEndian) == 3 ? U16(b, entry + 8, littleEndian) : U32(b, entry + 8, littleEndian);
            switch (U16(b, entry, littleEndian))
            {
                case 256:
                    width = value;
                    break;
                case 257:
                    height = value;
                    break;
            }
        }

        return Sized("tiff", width, height);
    }

    private static uint U32(ReadOnlySpan<byte> b, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static ImageHeader? Pnm(ReadOnlySpan<byte> b)
    {
        var i = 2;
        var width = PnmNumber(b, ref i);
        var height = PnmNumber(b, ref i);
        return Sized("pnm", width, height);
    }

    /// <summary>The next ASCII number of a PNM header after whitespace and # comments; -1 when there is none.</summary>
    private static long PnmNumber(ReadOnlySpan<byte> b, ref int i)
    {
        while (i < b.Length && (b[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'#'))
        {
            if (b[i] == '#')
            {
                while (i < b.Length && b[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        long n = 0;
        var digits = 0;
        for (; i < b.Length && b[i] is >= (byte)'0' and <= (byte)'9' && digits < 10; i++, digits++)
        {
            n = (n * 10) + (b[i] - '0');
        }

        return digits == 0 ? -1 : n;
    }

    private static ImageHeader? Sized(string format, long width, long height) =>
        width > 0 && height > 0 ? new ImageHeader(format, width, height) : null;
}
