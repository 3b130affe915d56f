using System.Text;

namespace ClassicCv.Files;

/// <summary>Writes a file completely or not at all: to a temporary name beside it, then renamed over it.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> as UTF-8 (no byte-order mark).</summary>
    /// <param name="path">Destination file; its folder is created when missing.</param>
    /// <param name="content">The whole content.</param>
    public static void WriteAllText(string path, string content) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(content)));

    /// <summary>Writes whatever <paramref name="write"/> puts into the stream.</summary>
    /// <param name="path">Destination file; its folder is created when missing.</param>
    /// <param name="write">Fills the stream; if it throws, the destination is left untouched.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
