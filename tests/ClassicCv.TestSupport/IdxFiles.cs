using System.Buffers.Binary;
using System.IO.Compression;

namespace ClassicCv.TestSupport;

/// <summary>Writes small IDX files (MNIST layout) for reader tests.</summary>
public static class IdxFiles
{
    /// <summary>Writes an images file: <paramref name="count"/> images of rows × columns bytes, image i filled with (i * 7) mod 256.</summary>
    public static void WriteImages(string path, int count, int rows, int columns, bool gzip = false, int magic = 0x00000803, int? truncateTo = null)
    {
        var data = new byte[16 + (count * rows * columns)];
        BinaryPrimitives.WriteInt32BigEndian(data, magic);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), count);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(12), columns);
        for (var i = 0; i < count; i++)
        {
            data.AsSpan(16 + (i * rows * columns), rows * columns).Fill((byte)(i * 7 % 256));
        }

        Write(path, truncateTo is null ? data : data[..truncateTo.Value], gzip);
    }

    /// <summary>Writes a labels file.</summary>
    public static void WriteLabels(string path, IReadOnlyList<byte> labels, bool gzip = false, int magic = 0x00000801)
    {
        var data = new byte[8 + labels.Count];
        BinaryPrimitives.WriteInt32BigEndian(data, magic);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), labels.Count);
        labels.ToArray().CopyTo(data, 8);
        Write(path, data, gzip);
    }

    /// <summary>Writes a complete MNIST-style folder: train (<paramref name="trainCount"/>) and t10k (<paramref name="testCount"/>), labels cycling over <paramref name="classes"/>.</summary>
    public static void WriteDataset(string folder, int trainCount, int testCount, int classes, int size, bool gzip)
    {
        var suffix = gzip ? ".gz" : "";
        foreach (var (prefix, count) in new[] { ("train", trainCount), ("t10k", testCount) })
        {
            WriteImages(Path.Combine(folder, $"{prefix}-images-idx3-ubyte{suffix}"), count, size, size, gzip);
            WriteLabels(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte{suffix}"), Enumerable.Range(0, count).Select(i => (byte)(i % classes)).ToArray(), gzip);
        }
    }

    private static void Write(string path, byte[] data, bool gzip)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        if (gzip)
        {
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(data);
        }
        else
        {
            file.Write(data);
        }
    }
}
