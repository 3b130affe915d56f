namespace ClassicCv.Datasets;

/// <summary>
/// The canonical path of a file or folder: absolute, with <c>.</c> and <c>..</c> removed and every symbolic link on
/// the way resolved (like POSIX <c>realpath</c>), so two spellings of one file compare equal.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/>; parts that do not exist are kept as written.</summary>
    /// <param name="path">A relative (to the current folder) or absolute path.</param>
    /// <exception cref="IOException">More than 40 symbolic links on the way (a link loop).</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"'{full}' has more than {MaxLinks} symbolic links on its way (a link loop).");
                }

                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
