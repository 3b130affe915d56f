namespace ClassicCv.Cli.Tests;

/// <summary>Report CSV files compared between two runs of one experiment.</summary>
internal static class ReportCsv
{
    /// <summary>
    /// The file without the columns that may differ between two runs of the same experiment: timings, rates, memory,
    /// model sizes, and whether features came from the cache.
    /// </summary>
    public static string WithoutTimings(string folder, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, file));
        var varying = lines[0].Split(',').Select(column => column.EndsWith("seconds", StringComparison.Ordinal) || column.Contains("per_", StringComparison.Ordinal) || column.EndsWith("bytes", StringComparison.Ordinal) || column.Contains("cache", StringComparison.Ordinal)).ToArray();
        return string.Join('\n', lines.Select(line => string.Join(',', line.Split(',').Where((_, i) => i >= varying.Length || !varying[i]))));
    }
}
