namespace ClassicCv.Cli.Tests;

/// <summary>What every refused input must look like: exit 2 and one <c>classiccv: error:</c> line, no stack trace.</summary>
internal static class CliAssert
{
    /// <summary>Asserts the run was refused with one error line holding every fragment.</summary>
    /// <param name="run">The command's outcome.</param>
    /// <param name="fragments">Texts the error line must contain (the file or value named, what was expected).</param>
    public static void Refused(CliRun run, params string[] fragments)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("classiccv: error: ", line, StringComparison.Ordinal);
        Assert.All(fragments, fragment => Assert.Contains(fragment, line, StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}
