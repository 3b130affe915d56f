using System.Diagnostics;
using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.Sharding;

namespace ClassicCv.Cli.Sharding;

/// <summary>What sharded extraction and sharded prediction share: the output folder, the rerun check, the part metadata and the exit codes.</summary>
internal static class ShardFolder
{
    /// <summary>True when <paramref name="path"/> names a folder: ends with a separator, or is an existing folder.</summary>
    /// <param name="path">An <c>--out</c> value.</param>
    public static bool IsFolder(string? path) =>
        path is { Length: > 0 } && (path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(path));

    /// <summary>Creates the job's output folder when missing (shards may race to create it).</summary>
    /// <param name="path">The <c>--out</c> value.</param>
    /// <returns>Its full path.</returns>
    /// <exception cref="UserInputException">It is a file, or cannot be created.</exception>
    public static string Create(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full.TrimEnd('/', Path.DirectorySeparatorChar)))
        {
            throw new UserInputException($"--out '{path}' is a file; with --shard, expected a folder (e.g. parts/) that receives part-IIIII-of-NNNNN.parquet.");
        }

        try
        {
            return Directory.CreateDirectory(full).FullName;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--out '{path}' cannot be created ({exception.Message}); expected a writable folder shared by every shard.");
        }
    }

    /// <summary>True when the part exists and is the complete part of this shard of this job.</summary>
    public static bool IsComplete(string part, ShardJob job, Shard shard, int rows) =>
        File.Exists(part) && PartFile.TryOpen(part, shard, out _) is { } existing && existing.Completes(job, shard, rows);

    /// <summary>The metadata entries of one shard.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Metadata(Shard shard, ShardRange range, int errorRows, double seconds, string contentFingerprint) =>
    [
        new(PartMetadata.ShardIndex, shard.Index.ToString(CultureInfo.InvariantCulture)),
        new(PartMetadata.ShardStart, range.Start.ToString(CultureInfo.InvariantCulture)),
        new(PartMetadata.ShardRows, range.Length.ToString(CultureInfo.InvariantCulture)),
        new(PartMetadata.ErrorRows, errorRows.ToString(CultureInfo.InvariantCulture)),
        new(PartMetadata.Seconds, seconds.ToString("R", CultureInfo.InvariantCulture)),
        new(PartMetadata.ContentFingerprint, contentFingerprint),
    ];

    /// <summary>
    /// Runs the shard's work: a configuration error propagates (exit code 2, do not retry); any other failure becomes a
    /// <see cref="RetryableFailureException"/> (exit code 1, the scheduler retries the shard). No part is left half-written.
    /// </summary>
    public static int RunRetryable(Shard shard, Action work)
    {
        try
        {
            work();
            return 0;
        }
        catch (Exception exception) when (exception is not UserInputException and not OutOfMemoryException)
        {
            throw new RetryableFailureException($"shard {shard} failed ({exception.GetType().Name}: {exception.Message}); no part was written, rerun the shard (set CLASSICCV_TRACE=1 for the stack trace).", exception);
        }
    }

    /// <summary>Seconds from the process's start to now (runtime start-up, JIT, loading).</summary>
    public static double SecondsSinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalSeconds;
    }
}
