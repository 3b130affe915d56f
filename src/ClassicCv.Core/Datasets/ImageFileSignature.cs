namespace ClassicCv.Datasets;

/// <summary>
/// Recognises image files by their first bytes (PNG, JPEG, BMP, TIFF, WebP, GIF, PNM, JPEG 2000),
/// so a text file or an empty file in an image folder is skipped before any decoding.
/// </summary>
public static class ImageFileSignature
{
    private static readonly byte[][] Signatures =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF],
        [(byte)'B', (byte)'M'],
        [(byte)'I', (byte)'I', 0x2A, 0x00],
        [(byte)'M', (byte)'M', 0x00, 0x2A],
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8'],
        [0x00, 0x00, 0x00, 0x0C, (byte)'j', (byte)'P'],
    ];

    /// <summary>
    /// Returns <c>null</c> when the file is a regular file that starts like an image, otherwise the reason it is not
    /// one. Only regular files are opened: a FIFO, socket or device (which the file system reports as 0 bytes long)
    /// is refused from its metadata, since opening it could block forever.
    /// </summary>
    /// <param name="path">The file to sniff.</param>
    public static string? Check(string path)
    {
        if (CheckFileType(path) is { } problem)
        {
            return problem;
        }

        Span<byte> head = stackalloc byte[12];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (IOException exception)
        {
            return $"cannot be read ({exception.Message})";
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read (permission denied)";
        }

        if (read == 0)
        {
            return "is empty";
        }

        head = head[..read];
        foreach (var signature in Signatures)
        {
            if (head.StartsWith(signature))
            {
                return null;
            }
        }

        return IsWebP(head) || IsPnm(head) ? null : "is not an image (unrecognised file signature)";
    }

    /// <summary>
    /// Returns <c>null</c> when <paramref name="path"/> is a non-empty regular file, from its metadata only (nothing is
    /// opened): a FIFO, socket or device is reported by the file system as 0 bytes long, like an empty file.
    /// </summary>
    /// <param name="path">The file to look at.</param>
    public static string? CheckFileType(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Directory.Exists(path) ? "is a folder, not an image file" : "does not exist";
        }

        return info.Length == 0 ? "is empty or not a regular file (FIFOs, sockets and devices are not opened)" : null;
    }

    private static bool IsWebP(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);

    private static bool IsPnm(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && head[0] == (byte)'P' && head[1] is >= (byte)'1' and <= (byte)'6';
}
