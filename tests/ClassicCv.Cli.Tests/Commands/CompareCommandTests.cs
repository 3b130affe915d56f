using ClassicCv.Reports.Tests;
using ClassicCv.Reports.Exporters;
using Spectre.Console;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    [Fact]
    public void Given_two_report_folders_When_comparing_Then_csv_and_html_rank_every_pipeline_of_both_runs()
    {
        var root = Directory.CreateTempSubdirectory("classiccv-compare-").FullName;
        try
        {
            CompareTwoRuns(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CompareTwoRuns(string root)
    {
        var first = WriteRun(root, "20260101-120000", accuracyShift: 0);
        var second = WriteRun(root, "20260102-120000", accuracyShift: 1);
        var output = Path.Combine(root, "out");

        var exitCode = CliApplication.Run(["compare", first, second, "--out", output], QuietConsole(), TextWriter.Null);

        Assert.Equal(0, exitCode);
        var csv = File.ReadAllLines(Path.Combine(output, "compare.csv"));
        Assert.StartsWith("run_id,dataset,fingerprint,split,features,classifier,seed,n_train,n_test,accuracy,", csv[0], StringComparison.Ordinal);
        Assert.Equal(5, csv.Length);
        Assert.Contains(csv, line => line.StartsWith("20260101-120000,", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.StartsWith("20260102-120000,", StringComparison.Ordinal));
        var accuracies = csv.Skip(1).Select(line => double.Parse(line.Split(',')[9], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(accuracies.OrderByDescending(a => a), accuracies);
        var html = File.ReadAllText(Path.Combine(output, "compare.html"));
        Assert.Contains("id=\"leaderboard\"", html, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(html, "<tr( class=\"best\")?><td data-v=").Count);
    }

    [Fact]
    public void Given_a_folder_that_is_not_a_report_When_comparing_Then_the_exit_code_is_2()
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-compare-").FullName;

        Assert.Equal(CliApplication.UserErrorExitCode, CliApplication.Run(["compare", folder], QuietConsole(), TextWriter.Null));
        Directory.Delete(folder, recursive: true);
    }

    private static string WriteRun(string root, string runId, int accuracyShift)
    {
        var summary = SampleRun.Create() with { RunId = runId };
        if (accuracyShift != 0)
        {
            summary = summary with
            {
                Pipelines = summary.Pipelines.Select(p => p with { Metrics = p.Metrics with { Accuracy = p.Metrics.Accuracy - (0.05 * accuracyShift) } }).ToArray(),
            };
        }

        var folder = Path.Combine(root, runId);
        var export = CompositeExporter.Default().Export(summary, folder);
        Assert.Empty(export.Failures);
        return folder;
    }

    private static IAnsiConsole QuietConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No });
}
