using ClassicCv.Errors;

namespace ClassicCv.Cli.Sharding;

/// <summary>Reads <c>predict --list FILE</c>: one image path per line.</summary>
internal static class PredictList
{
    /// <summary>The listed paths, in order: trimmed, blank lines skipped, relative ones resolved against the list's folder.</summary>
    /// <param name="list">The list file.</param>
    /// <exception cref="UserInputException">The file does not exist or lists no path.</exception>
    public static List<string> Read(string list)
    {
        if (!File.Exists(list))
        {
            throw new UserInputException($"--list '{list}' does not exist; expected a text file with one image path per line.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(list))!;
        var paths = File.ReadLines(list).Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => Path.GetFullPath(line, folder)).ToList();
        return paths.Count > 0 ? paths : throw new UserInputException($"--list '{list}' lists no paths; expected one image path per line.");
    }
}
