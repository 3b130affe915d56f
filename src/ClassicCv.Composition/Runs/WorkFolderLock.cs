namespace ClassicCv.Runs;

/// <summary>
/// Marks a run's hidden working folder (<c>.RUNID.partial</c>, <c>.models-GUID</c>) as in use: an exclusively opened
/// <c>FOLDER.lock</c> file beside it, released by the operating system when the run ends or is killed. A working folder
/// whose lock nobody holds belongs to a killed run and is removed by the next run under the same reports root, as the
/// feature cache removes its abandoned temporary files — unless it holds finished pipelines that
/// <c>classiccv run --resume</c> can carry on from, which are kept for <see cref="AbandonedAfter"/>.
/// </summary>
public sealed class WorkFolderLock : IDisposable
{
    /// <summary>Age after which a working folder without a lock file (older versions, or killed before locking), or a resumable one, is removed.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    private const string Suffix = ".lock";
    private readonly FileStream _stream;
    private readonly string _path;

    private WorkFolderLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Takes the lock of <paramref name="folder"/> (before the folder itself is created).</summary>
    /// <param name="folder">The working folder, which need not exist yet.</param>
    public static WorkFolderLock Take(string folder)
    {
        var path = Path.GetFullPath(folder) + Suffix;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new WorkFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
    }

    /// <summary>True for the names of the hidden working folders runs create under a reports root.</summary>
    /// <param name="name">A folder name.</param>
    public static bool IsWorkFolderName(string name) =>
        name.StartsWith(".models-", StringComparison.Ordinal) || (name.StartsWith('.') && name.EndsWith(".partial", StringComparison.Ordinal));

    /// <summary>Removes the working folders (and lock files) under <paramref name="root"/> that no running run holds.</summary>
    /// <param name="root">A reports root; nothing happens when it does not exist.</param>
    /// <returns>The folders removed.</returns>
    public static IReadOnlyList<string> RemoveAbandoned(string root)
    {
        var removed = new List<string>();
        if (!Directory.Exists(root))
        {
            return removed;
        }

        foreach (var folder in Directory.EnumerateDirectories(root).Where(dir => IsWorkFolderName(Path.GetFileName(dir))).ToArray())
        {
            var resumable = FinishedPipelines.AnyIn(folder) && Directory.GetLastWriteTimeUtc(folder) >= DateTime.UtcNow - AbandonedAfter;
            if (!resumable && IsAbandoned(folder) && TryDelete(() => Directory.Delete(folder, recursive: true)))
            {
                removed.Add(folder);
            }
        }

        foreach (var lockFile in Directory.EnumerateFiles(root, "*" + Suffix).ToArray())
        {
            var folder = lockFile[..^Suffix.Length];
            if (IsWorkFolderName(Path.GetFileName(folder)) && !Directory.Exists(folder))
            {
                IsUnheld(lockFile);
            }
        }

        return removed;
    }

    /// <summary>Releases the lock and removes its file.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        TryDelete(() => File.Delete(_path));
    }

    private static bool IsAbandoned(string folder)
    {
        var lockFile = folder + Suffix;
        return File.Exists(lockFile)
            ? IsUnheld(lockFile)
            : Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow - AbandonedAfter;
    }

    /// <summary>True (and the file removed) when nobody holds the lock file.</summary>
    private static bool IsUnheld(string lockFile)
    {
        try
        {
            using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                File.Delete(lockFile);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool TryDelete(Action delete)
    {
        try
        {
            delete();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a folder still in use, or one this user may not remove, is left for later.
            return false;
        }
    }
}
