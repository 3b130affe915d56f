using System.Globalization;
using System.Text.RegularExpressions;
using Parquet;

namespace ClassicCv.Sharding;

/// <summary>A part file of a sharded job as found on disk: its shard (from its name), metadata and row count (from its footer).</summary>
/// <param name="Path">The file.</param>
/// <param name="Shard">The shard its name says.</param>
/// <param name="Metadata">Its key/value metadata.</param>
/// <param name="Rows">Rows in its row groups.</param>
public sealed partial record PartFile(string Path, Shard Shard, IReadOnlyDictionary<string, string> Metadata, long Rows)
{
    /// <summary>The part files in <paramref name="folder"/> by name (not opened); temporary files are not parts.</summary>
    /// <param name="folder">The job's output folder.</param>
    public static IReadOnlyList<(string Path, Shard Shard)> List(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "part-*-of-*.parquet")
                .Select(path => (Path: path, Match: NamePattern().Match(System.IO.Path.GetFileName(path))))
                .Where(found => found.Match.Success)
                .Select(found => (found.Path, Shard: new Shard(Parse(found.Match.Groups[1].Value), Parse(found.Match.Groups[2].Value))))
                .OrderBy(found => found.Shard.Count).ThenBy(found => found.Shard.Index)
                .ToArray();

    /// <summary>Opens a part and reads its footer (metadata, row counts), or says why it cannot be read.</summary>
    /// <param name="path">The part file.</param>
    /// <param name="shard">The shard its name says.</param>
    /// <param name="problem">Why it cannot be read, when it returns <c>null</c>.</param>
    public static PartFile? TryOpen(string path, Shard shard, out string? problem)
    {
        try
        {
            var (metadata, rows) = Footer(path).GetAwaiter().GetResult();
            problem = null;
            return new PartFile(path, shard, metadata, rows);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or NotSupportedException or IndexOutOfRangeException)
        {
            problem = $"cannot be read as Parquet ({exception.Message})";
            return null;
        }
    }

    private static async Task<(Dictionary<string, string> Metadata, long Rows)> Footer(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var rows = Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.RowGroups[i].RowCount);
        return (new Dictionary<string, string>(reader.CustomMetadata, StringComparer.Ordinal), rows);
    }

    /// <summary>A metadata value, or the empty string.</summary>
    public string this[string key] => Metadata.GetValueOrDefault(key, "");

    /// <summary>A whole-number metadata value, or -1 when missing.</summary>
    public long Number(string key) => long.TryParse(this[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>
    /// True when this is the complete part of <paramref name="shard"/> of <paramref name="job"/>: same job digest, shard
    /// and the expected number of rows (a rerun of the shard then does no work).
    /// </summary>
    public bool Completes(ShardJob job, Shard shard, int rows) =>
        this[PartMetadata.Job] == job.Digest && Number(PartMetadata.ShardIndex) == shard.Index
        && Number(PartMetadata.ShardCount) == shard.Count && Number(PartMetadata.ShardRows) == rows && Rows == rows;

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("^part-([0-9]{5})-of-([0-9]{5})\\.parquet$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
