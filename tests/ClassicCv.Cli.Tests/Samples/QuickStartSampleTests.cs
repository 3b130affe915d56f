using System.Diagnostics;
using ClassicCv.Runs;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Samples;

/// <summary>The README's C# example (<c>samples/QuickStart</c>), built with the suite and run as its own program.</summary>
public sealed class QuickStartSampleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The sample's built program: same configuration as this test assembly (…/tests/ClassicCv.Cli.Tests/bin/CONFIG/net10.0/).</summary>
    private static string SampleDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "samples", "QuickStart", "bin", configuration.Name, framework.Name, "QuickStart.dll");
    }

    [Fact]
    public async Task Given_the_quick_start_sample_When_run_Then_it_writes_the_full_report_loads_a_saved_model_and_measures_what_the_command_line_measures()
    {
        var sampleReports = Path.Combine(_temp.Path, "sample");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(SampleDll());
        start.ArgumentList.Add(sampleReports);
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(_temp.Path, "cache");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error + await output);
        var folder = Assert.Single(Directory.GetDirectories(sampleReports));
        foreach (var file in (string[])["index.html", "metrics.csv", "predictions.csv", "run.json", ExperimentFileExporter.FileName, "models/hog-linear-svm/pipeline.json"])
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} missing in {folder}");
        }

        Assert.Contains("Loaded hog/linear-svm: 10 classes", await output, StringComparison.Ordinal);
        Assert.Contains("seed: 7", File.ReadAllText(Path.Combine(folder, ExperimentFileExporter.FileName)), StringComparison.Ordinal);
        var cliReports = Path.Combine(_temp.Path, "cli");
        var cli = CliRun.Of("run", "--dataset", "digits", "--features", "hog,raw", "--classifiers", "linear-svm,logistic-regression", "--deep", "none", "--seed", "7", "--no-cache", "--out", cliReports);
        Assert.True(cli.ExitCode == 0, cli.Error + cli.Output);
        Assert.Equal(ReportCsv.WithoutTimings(Assert.Single(Directory.GetDirectories(cliReports)), "metrics.csv"), ReportCsv.WithoutTimings(folder, "metrics.csv"));
    }
}
