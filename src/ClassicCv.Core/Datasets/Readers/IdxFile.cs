using System.Buffers.Binary;
using System.IO.Compression;
using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// The header of an IDX file (MNIST layout), raw or gzip-compressed: unsigned-byte data with
/// 1 dimension (labels, magic 0x00000801) or 3 dimensions (images, magic 0x00000803), big-endian sizes.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Dimensions">The sizes of each dimension; the first is the item count.</param>
public sealed record IdxFile(string Path, IReadOnlyList<int> Dimensions)
{
    /// <summary>Magic number of an unsigned-byte IDX file with one dimension (labels).</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Magic number of an unsigned-byte IDX file with three dimensions (images).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Number of items (images or labels).</summary>
    public int Count => Dimensions[0];

    /// <summary>Bytes per item: rows × columns for images, 1 for labels.</summary>
    public int ItemSize => Dimensions.Skip(1).Aggregate(1, (a, b) => a * b);

    /// <summary>Offset of the first item's bytes in the decompressed stream.</summary>
    public int HeaderSize => 4 + (4 * Dimensions.Count);

    /// <summary>Opens the file's decompressed byte stream (gzip is recognised by its magic bytes).</summary>
    /// <param name="path">The file.</param>
    public static Stream OpenData(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Reads and checks the header, and that the file holds every item it declares.</summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedMagic"><see cref="ImagesMagic"/> or <see cref="LabelsMagic"/>.</param>
    /// <exception cref="UserInputException">Wrong magic number, or the file is truncated.</exception>
    public static IdxFile Open(string path, int expectedMagic)
    {
        using var stream = OpenData(path);
        Span<byte> word = stackalloc byte[4];
        ReadExactly(stream, word, path, "the 4-byte magic number");
        var magic = BinaryPrimitives.ReadInt32BigEndian(word);
        if (magic != expectedMagic)
        {
            var kind = expectedMagic == ImagesMagic ? "IDX unsigned-byte images" : "IDX unsigned-byte labels";
            throw new UserInputException($"IDX file '{path}' has magic number 0x{magic:X8}; expected 0x{expectedMagic:X8} ({kind}).");
        }

        var dimensions = new int[expectedMagic & 0xFF];
        for (var i = 0; i < dimensions.Length; i++)
        {
            ReadExactly(stream, word, path, $"dimension {i + 1} of the header");
            dimensions[i] = BinaryPrimitives.ReadInt32BigEndian(word);
            if (dimensions[i] <= 0)
            {
                throw new UserInputException($"IDX file '{path}' declares size {dimensions[i]} for dimension {i + 1}; expected a positive size.");
            }
        }

        var idx = new IdxFile(path, dimensions);
        var expected = (long)idx.Count * idx.ItemSize;
        var actual = CountRemaining(stream);
        if (actual < expected)
        {
            throw new UserInputException($"IDX file '{path}' is truncated: it declares {idx.Count} items ({expected} data bytes) but holds {actual} bytes.");
        }

        return idx;
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string path, string what)
    {
        if (stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) < buffer.Length)
        {
            throw new UserInputException($"IDX file '{path}' is truncated: it ends before {what}.");
        }
    }

    private static long CountRemaining(Stream stream)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // A damaged gzip stream ends the data where it breaks; the count so far decides.
        }

        return total;
    }
}
