using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClassicCv.Datasets;

/// <summary>
/// The listing fingerprint of a dataset: a SHA-256 over class names, item ids, labels, predefined splits and the
/// byte size of each item's source file. It reads no file content; adding, removing, relabelling or resizing a file changes it.
/// </summary>
public static class ListingFingerprint
{
    /// <summary>Computes the fingerprint of the given classes and items.</summary>
    /// <param name="classNames">Class names, indexed by label.</param>
    /// <param name="items">The dataset's items, in order.</param>
    /// <returns>A lower-case hex SHA-256 digest, prefixed with <c>listing:</c> so it is never taken for a content fingerprint.</returns>
    public static string Compute(IReadOnlyList<string> classNames, IReadOnlyList<DatasetItem> items)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(items);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, string.Join('\n', classNames));
        foreach (var item in items)
        {
            var file = DatasetFingerprint.SourceFile(item.Location);
            if (!sizes.TryGetValue(file, out var size))
            {
                size = new FileInfo(file).Length;
                sizes[file] = size;
            }

            Append(hash, string.Create(CultureInfo.InvariantCulture, $"\n{item.Id}\t{item.Label}\t{item.PredefinedSplit}\t{item.Location.Describe()}\t{size}"));
        }

        return "listing:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
