using System.Globalization;
using Parquet;

namespace ClassicCv.Sharding;

/// <summary>
/// Checks the parts of a sharded job in a folder: all N exist, each can be read to its last value and has the rows its
/// metadata promises, they cover the job's items contiguously, and they agree on the job (features, settings, split,
/// listing, code version).
/// </summary>
public static class PartVerifier
{
    /// <summary>The marker file <c>classiccv shards verify</c> writes into a folder whose parts all verified.</summary>
    public const string SuccessFile = "_SUCCESS";

    /// <summary>Verifies the folder.</summary>
    /// <param name="folder">The job's output folder.</param>
    public static PartVerification Verify(string folder)
    {
        var missing = new List<string>();
        var mismatched = new List<string>();
        var named = PartFile.List(folder);
        if (named.Count == 0)
        {
            return new PartVerification([], [$"'{folder}' holds no part-IIIII-of-NNNNN.parquet file"], []);
        }

        var counts = named.Select(p => p.Shard.Count).Distinct().ToArray();
        if (counts.Length > 1)
        {
            mismatched.Add($"'{folder}' mixes parts of {string.Join(" and ", counts.Select(c => c.ToString(CultureInfo.InvariantCulture)))} shards; expected the parts of one job (remove the stale ones)");
        }

        var count = counts.Max();
        var parts = new List<PartFile>();
        foreach (var index in Enumerable.Range(0, count))
        {
            var shard = new Shard(index, count);
            var path = Path.Combine(folder, shard.PartFileName);
            if (!File.Exists(path))
            {
                missing.Add($"{shard.PartFileName} (shard {shard}) is missing");
                continue;
            }

            var part = PartFile.TryOpen(path, shard, out var problem);
            problem ??= part is null ? null : Problem(part);
            if (problem is not null)
            {
                missing.Add($"{shard.PartFileName} {problem}");
                continue;
            }

            parts.Add(part!);
        }

        mismatched.AddRange(Disagreements(parts, count));
        return new PartVerification(parts, missing, mismatched);
    }

    private static string? Problem(PartFile part)
    {
        if (part.Number(PartMetadata.ShardIndex) != part.Shard.Index || part.Number(PartMetadata.ShardCount) != part.Shard.Count)
        {
            return $"says it is shard {part[PartMetadata.ShardIndex]}/{part[PartMetadata.ShardCount]}; expected {part.Shard}";
        }

        if (part.Number(PartMetadata.ShardRows) != part.Rows)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {part.Rows} rows but its metadata promises {part[PartMetadata.ShardRows]} (truncated)");
        }

        try
        {
            ReadEveryValue(part.Path).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException or NotSupportedException or IndexOutOfRangeException or InvalidOperationException)
        {
            return $"is corrupt ({exception.Message})";
        }
    }

    private static async Task ReadEveryValue(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            foreach (var field in reader.Schema.GetDataFields())
            {
                await group.ReadRawColumnDataBaseAsync(field);
            }
        }
    }

    private static IEnumerable<string> Disagreements(IReadOnlyList<PartFile> parts, int count)
    {
        if (parts.Count == 0)
        {
            yield break;
        }

        var first = parts[0];
        string[] keys = [PartMetadata.Kind, "classiccv.features", "classiccv.settings", PartMetadata.Listing, "classiccv.split", "classiccv.seed", "classiccv.code_version", PartMetadata.JobItems, PartMetadata.Job];
        foreach (var part in parts.Skip(1))
        {
            var differs = keys.FirstOrDefault(key => part[key] != first[key]);
            if (differs is not null)
            {
                yield return $"{Path.GetFileName(part.Path)} has {differs} '{part[differs]}' but {Path.GetFileName(first.Path)} has '{first[differs]}'; expected the parts of one job (rerun the shards with the same options)";
            }
        }

        var start = 0L;
        foreach (var part in parts.Where(p => p.Shard.Count == count).OrderBy(p => p.Shard.Index))
        {
            if (part.Number(PartMetadata.ShardStart) != start && parts.Count == count)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(part.Path)} starts at item {part[PartMetadata.ShardStart]}; expected {start}");
            }

            start = part.Number(PartMetadata.ShardStart) + part.Rows;
        }

        if (parts.Count == count && start != first.Number(PartMetadata.JobItems))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"the parts hold {start} rows; the job has {first[PartMetadata.JobItems]} items");
        }
    }
}
