using ClassicCv.Errors;

namespace ClassicCv.Runs;

/// <summary>
/// Checks, before any work starts, that an output can be written: the folder exists (or can be made), is a folder,
/// and accepts a file. A run must not train every pipeline and only then find that <c>--out</c> is a file.
/// </summary>
public static class OutputPaths
{
    /// <summary>A folder the command writes into (created when missing), checked for writability.</summary>
    /// <param name="option">The option, for messages (e.g. <c>--out</c>).</param>
    /// <param name="folder">The folder as given.</param>
    /// <exception cref="UserInputException">It is a file, lies under a file, or cannot be written.</exception>
    public static void RequireWritableFolder(string option, string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new UserInputException($"{option} '{folder}' is a file; expected a folder (or a path where one can be created).");
        }

        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                throw new UserInputException($"{option} '{folder}' lies under the file '{parent}'; expected a folder (or a path where one can be created).");
            }
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{option} '{folder}' cannot be created ({exception.Message}); expected a writable folder.", exception);
        }

        Probe(option, folder, full);
    }

    /// <summary>A file the command writes, checked before work: its folder exists and is writable, and it is not a folder.</summary>
    /// <param name="option">The option, for messages (e.g. <c>--out</c>).</param>
    /// <param name="file">The file as given.</param>
    /// <exception cref="UserInputException">It is a folder, its folder does not exist, or it cannot be written.</exception>
    public static void RequireWritableFile(string option, string file)
    {
        var full = Path.GetFullPath(file);
        if (Directory.Exists(full) || file.EndsWith('/') || file.EndsWith(Path.DirectorySeparatorChar))
        {
            throw new UserInputException($"{option} '{file}' is a folder; expected a file name (e.g. {Path.Combine(file, "out")}).");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UserInputException(File.Exists(folder)
                ? $"{option} '{file}' lies under the file '{folder}'; expected a file in an existing folder."
                : $"{option} '{file}': the folder '{folder}' does not exist; expected a file in an existing folder.");
        }

        Probe(option, file, folder);
    }

    private static void Probe(string option, string given, string folder)
    {
        var probe = Path.Combine(folder, $".classiccv-write-test-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{option} '{given}': the folder '{folder}' cannot be written ({exception.Message}); expected a writable folder.", exception);
        }
    }
}
