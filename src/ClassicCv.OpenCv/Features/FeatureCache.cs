using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ClassicCv.Datasets;
using ClassicCv.Features;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// On-disk cache of extracted features, keyed by the dataset's content fingerprint, the items, the extractor's full
/// settings and the code version. Entries are written to a temporary file and renamed, so a run killed while writing
/// leaves no corrupt entry. Every entry carries a SHA-256 checksum of its contents: an entry that is unreadable or whose
/// bytes changed on disk (a bit flip, a tampered payload) is treated as a miss, removed, and replaced by the next save.
/// </summary>
public sealed class FeatureCache
{
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "CCVF"u8.ToArray();
    private static readonly byte[] EndMark = "END."u8.ToArray();

    /// <summary>
    /// Values read, written and hashed per step. A span's byte view must stay below 2 GiB, which a whole matrix of
    /// 2²⁹ floats or more (e.g. 20,000 CIFAR-10 images × 40,960 pyramid Fisher values) exceeds.
    /// </summary>
    internal const int SliceValues = 1 << 24;

    /// <summary>Age after which a leftover temporary file is removed by the next save.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    /// <summary>Uses (and creates when needed) a cache folder.</summary>
    /// <param name="directory">The folder entries are kept in.</param>
    public FeatureCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder entries are kept in.</summary>
    public string Directory { get; }

    /// <summary>Identifies the code that computes features: the feature assembly's build and OpenCvSharp's version.</summary>
    public static string CodeVersion { get; } =
        $"{typeof(FeatureCache).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(OpenCvSharp.Mat).Assembly.GetName().Version}";

    /// <summary>The per-user default: <c>$XDG_CACHE_HOME/classiccv/features</c>, <c>~/.cache/classiccv/features</c>, or the local application data folder on Windows.</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "classiccv", "features");
    }

    /// <summary>The cache a run asks for: <paramref name="folder"/> or the per-user default, or none.</summary>
    /// <param name="folder">The cache folder, or <c>null</c> for <see cref="DefaultDirectory"/>.</param>
    /// <param name="noCache">True to extract every feature afresh and keep nothing.</param>
    /// <returns>The cache, or <c>null</c> when <paramref name="noCache"/> is set.</returns>
    public static FeatureCache? Open(string? folder, bool noCache) => noCache ? null : new FeatureCache(folder ?? DefaultDirectory());

    /// <summary>The cache key of a set of features.</summary>
    /// <param name="datasetFingerprint">The dataset's content fingerprint.</param>
    /// <param name="items">Item indices, in row order.</param>
    /// <param name="settings">The fitted extractor's <see cref="IFeatureExtractor.Settings"/>.</param>
    public static string Key(string datasetFingerprint, IReadOnlyList<int> items, string settings)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{FormatVersion}\n{CodeVersion}\n{datasetFingerprint}\n{settings}\n"));
        hash.AppendData(MemoryMarshal.AsBytes(items.ToArray().AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The path of an entry.</summary>
    /// <param name="key">A key from <see cref="Key"/>.</param>
    public string PathOf(string key) => Path.Combine(Directory, key + ".features");

    /// <summary>Reads an entry, or returns <c>null</c> when there is none or it is unreadable (then it is removed).</summary>
    /// <param name="key">A key from <see cref="Key"/>.</param>
    /// <param name="rows">Expected row count.</param>
    /// <param name="columns">Expected column count.</param>
    public ExtractedFeatures? TryLoad(string key, int rows, int columns)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion
                || reader.ReadString() != key || reader.ReadInt32() != rows || reader.ReadInt32() != columns)
            {
                throw new InvalidDataException("header mismatch");
            }

            var failedCount = reader.ReadInt32();
            var failed = new Dictionary<int, SkippedImage>();
            for (var i = 0; i < failedCount; i++)
            {
                failed[reader.ReadInt32()] = new SkippedImage(reader.ReadString(), reader.ReadString());
            }

            var values = new float[checked(rows * columns)];
            for (var start = 0; start < values.Length; start += SliceValues)
            {
                stream.ReadExactly(MemoryMarshal.AsBytes(Slice(values, start)));
            }

            if (!reader.ReadBytes(SHA256.HashSizeInBytes).AsSpan().SequenceEqual(Checksum(failed, values))
                || !reader.ReadBytes(EndMark.Length).AsSpan().SequenceEqual(EndMark))
            {
                throw new InvalidDataException("checksum mismatch or missing end mark");
            }

            return new ExtractedFeatures(new FeatureMatrix(rows, columns, values), failed, 0);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or EndOfStreamException or ArgumentException or OverflowException)
        {
            TryDelete(path);
            return null;
        }
    }

    /// <summary>Writes an entry atomically (temporary file, then rename); a failure to write is not an error.</summary>
    /// <param name="key">A key from <see cref="Key"/>.</param>
    /// <param name="features">The features to keep.</param>
    /// <returns>True when the entry was written.</returns>
    public bool TrySave(string key, ExtractedFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var path = PathOf(key);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(key);
                writer.Write(features.Matrix.Rows);
                writer.Write(features.Matrix.Columns);
                writer.Write(features.Failed.Count);
                foreach (var (position, skipped) in features.Failed.OrderBy(pair => pair.Key))
                {
                    writer.Write(position);
                    writer.Write(skipped.Path);
                    writer.Write(skipped.Reason);
                }

                writer.Flush();
                for (var start = 0; start < features.Matrix.Values.Length; start += SliceValues)
                {
                    stream.Write(MemoryMarshal.AsBytes(Slice(features.Matrix.Values, start)));
                }

                writer.Write(Checksum(features.Failed, features.Matrix.Values));
                writer.Write(EndMark);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            RemoveAbandonedTemporaries();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    /// <summary>SHA-256 over the skipped images and the feature values, in the order they are stored.</summary>
    private static byte[] Checksum(IReadOnlyDictionary<int, SkippedImage> failed, Span<float> values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (position, skipped) in failed.OrderBy(pair => pair.Key))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{position}\n{skipped.Path}\n{skipped.Reason}\n"));
        }

        for (var start = 0; start < values.Length; start += SliceValues)
        {
            hash.AppendData(MemoryMarshal.AsBytes(Slice(values, start)));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The <see cref="SliceValues"/> values from <paramref name="start"/>, or the rest.</summary>
    private static Span<float> Slice(Span<float> values, int start) => values.Slice(start, Math.Min(SliceValues, values.Length - start));

    /// <summary>Temporary files older than <see cref="AbandonedAfter"/> belong to runs that were killed while writing.</summary>
    private void RemoveAbandonedTemporaries()
    {
        var cutoff = DateTime.UtcNow - AbandonedAfter;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.features.*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover file is a miss next time and is overwritten by the next save.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
