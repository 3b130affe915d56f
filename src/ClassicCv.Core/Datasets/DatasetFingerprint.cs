using System.Security.Cryptography;
using System.Text;

namespace ClassicCv.Datasets;

/// <summary>
/// Builds the content fingerprint of a dataset: a SHA-256 over class names, item ids, labels,
/// predefined splits and the bytes of every file the pixels come from. Changing one image changes it.
/// </summary>
public static class DatasetFingerprint
{
    /// <summary>Computes the fingerprint of the given classes and items.</summary>
    /// <param name="classNames">Class names, indexed by label.</param>
    /// <param name="items">The dataset's items, in order.</param>
    /// <returns>A lower-case hex SHA-256 digest.</returns>
    public static string Compute(IReadOnlyList<string> classNames, IReadOnlyList<DatasetItem> items)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(items);
        var files = items.Select(item => SourceFile(item.Location)).Distinct(StringComparer.Ordinal).ToArray();
        var fileDigests = new string[files.Length];
        Parallel.For(0, files.Length, i => fileDigests[i] = HashFile(files[i]));
        var digestByFile = files.Zip(fileDigests).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, string.Join('\n', classNames));
        foreach (var item in items)
        {
            Append(hash, $"\n{item.Id}\t{item.Label}\t{item.PredefinedSplit}\t{digestByFile[SourceFile(item.Location)]}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint of <paramref name="kind"/>.</summary>
    /// <param name="kind">Content (image bytes) or listing (ids, labels and file sizes).</param>
    /// <param name="classNames">Class names, indexed by label.</param>
    /// <param name="items">The dataset's items, in order.</param>
    public static string Compute(DatasetFingerprintKind kind, IReadOnlyList<string> classNames, IReadOnlyList<DatasetItem> items) =>
        kind == DatasetFingerprintKind.Listing ? ListingFingerprint.Compute(classNames, items) : Compute(classNames, items);

    /// <summary>The file an image's pixels are read from (an image file, a sheet or an IDX file).</summary>
    /// <param name="location">Where the pixels are.</param>
    public static string SourceFile(ImageLocation location) => location switch
    {
        FileImageLocation file => file.Path,
        GridCellLocation cell => cell.SheetPath,
        IdxImageLocation idx => idx.ImagesPath,
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown image location kind."),
    };

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
