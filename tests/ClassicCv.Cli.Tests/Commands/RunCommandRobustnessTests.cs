using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>run --corruptions</c> through the real command line: the files, the report section, determinism and bad input.</summary>
public sealed class RunCommandRobustnessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private CliRun Run(string reports, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--dataset", Data, "--features", "hog", "--classifiers", "linear-svm,logistic-regression", "--gallery-maps", "0", "--no-cache", "--out", Path.Combine(_temp.Path, reports), .. more]);

    [Fact]
    public void Given_corruptions_and_a_test_cap_When_running_twice_Then_robustness_csv_has_every_condition_and_is_identical()
    {
        SyntheticImages.WriteFolder(Data, ["a", "b", "c"], perClass: 12, size: 24);
        string[] options = ["--corruptions", "gaussian-noise[severity=1|5],jpeg[severity=2]", "--robustness-test-cap", "6", "--seed", "5"];

        var first = Run("first", options);
        var second = Run("second", options);

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        var folder = Directory.GetDirectories(Path.Combine(_temp.Path, "first")).Single();
        var rows = File.ReadAllLines(Path.Combine(folder, "robustness.csv"));
        Assert.Equal("pipeline,corruption,severity,n_test,accuracy,accuracy_ci_low,accuracy_ci_high,clean_accuracy,accuracy_drop,mcnemar_p_vs_clean,discordant_vs_clean", rows[0]);
        Assert.Equal(1 + (2 * 3), rows.Length);
        Assert.Contains(rows, row => row.StartsWith("hog/logistic-regression,jpeg,2,6,", StringComparison.Ordinal));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "robustness_summary.csv")).Length);
        Assert.Contains("Robustness to corrupted images", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
        Assert.Contains("robustness: gaussian-noise severity 5 on 6 test images", first.Output, StringComparison.Ordinal);
        Assert.Contains("mean corruption accuracy", first.Output, StringComparison.Ordinal);
        var again = Directory.GetDirectories(Path.Combine(_temp.Path, "second")).Single();
        Assert.Equal(rows, File.ReadAllLines(Path.Combine(again, "robustness.csv")));
    }

    [Theory]
    [InlineData("--corruptions", "fog", "unknown corruption 'fog'", "valid corruptions: gaussian-noise")]
    [InlineData("--corruptions", "jpeg[severity=6]", "severity '6'", "from 1 to 5")]
    [InlineData("--corruptions", "jpeg,all", "'jpeg' more than once", "each corruption once")]
    [InlineData("--robustness-test-cap", "0", "--robustness-test-cap is '0'", "≥ 1")]
    public void Given_a_bad_study_option_Then_it_is_refused_before_any_work(string option, string value, string named, string expected)
    {
        SyntheticImages.WriteFolder(Data, ["a", "b"], perClass: 4, size: 16);

        var run = Run("reports", option, value);

        CliAssert.Refused(run, named, expected);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")) && Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "reports")).Any());
    }
}
