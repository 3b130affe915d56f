using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>run --learning-curve</c> through the real command line: nested sizes, the "all" point equal to a plain run, bad input.</summary>
public sealed class RunCommandLearningCurveTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private CliRun Run(string reports, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--dataset", Data, "--features", "hog,raw[size=12]", "--classifiers", "logistic-regression", "--gallery-maps", "0", "--no-cache", "--seed", "3", "--out", Path.Combine(_temp.Path, reports), .. more]);

    [Fact]
    public void Given_a_learning_curve_When_running_Then_every_pipeline_has_every_size_and_the_all_point_equals_a_plain_run()
    {
        SyntheticImages.WriteFolder(Data, ["a", "b", "c"], perClass: 14, size: 24);

        var curve = Run("curve", "--learning-curve", "all,2,0.5");
        var plain = Run("plain");

        Assert.True(curve.ExitCode == 0, curve.Error + curve.Output);
        var rows = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "curve")).Single(), "learning_curve.csv"));
        Assert.Equal("pipeline,size,n_train,n_test,accuracy,accuracy_ci_low,accuracy_ci_high,macro_f1,train_seconds,extract_seconds", rows[0]);
        Assert.Equal(["2", "2", "0.5", "0.5", "all", "all"], rows.Skip(1).Select(r => r.Split(',')[1]));
        Assert.Equal(["6", "6", "18", "18", "33", "33"], rows.Skip(1).Select(r => r.Split(',')[2]));
        var metrics = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "plain")).Single(), "metrics.csv"));
        foreach (var row in rows.Where(r => r.Split(',')[1] == "all").Select(r => r.Split(',')))
        {
            var (features, classifier) = (row[0][..row[0].IndexOf('/', StringComparison.Ordinal)], row[0][(row[0].IndexOf('/', StringComparison.Ordinal) + 1)..]);
            var plainRow = metrics.Select(m => m.Split(',')).Single(m => m[1] == features && m[2] == classifier);
            Assert.Equal(plainRow[6], row[4]);     // accuracy
            Assert.Equal(plainRow[18], row[5]);    // accuracy_ci_low
            Assert.Equal(plainRow[19], row[6]);    // accuracy_ci_high
            Assert.Equal(plainRow[9], row[7]);     // macro_f1
        }

        Assert.Contains("learning curve: hog/logistic-regression: 2 → ", curve.Output, StringComparison.Ordinal);
        Assert.Contains("No crossover can be stated", curve.Output, StringComparison.Ordinal);
        Assert.Contains("Learning curve", File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "curve")).Single(), "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "size '0'")]
    [InlineData("10,ten", "size 'ten'")]
    [InlineData("1.5", "size '1.5'")]
    [InlineData("10,all,10", "'10' more than once")]
    public void Given_a_bad_size_Then_it_is_refused_before_any_work(string sizes, string named)
    {
        SyntheticImages.WriteFolder(Data, ["a", "b"], perClass: 4, size: 16);

        var run = Run("reports", "--learning-curve", sizes);

        CliAssert.Refused(run, "--learning-curve", named);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")) && Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "reports")).Any());
    }
}
