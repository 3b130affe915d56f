using System.Globalization;
using System.Text.Json;
using ClassicCv.Runs;
using ClassicCv.TestSupport;
using MathNet.Numerics.Distributions;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>run --evaluation cv</c> through the real command line: every image once per repeat, the corrected t-test, determinism, bad input.</summary>
public sealed class RunCommandCrossValidationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private CliRun Run(string reports, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--dataset", Data, "--features", "hog[cell=8],raw[size=3]", "--classifiers", "logistic-regression", "--gallery-maps", "0", "--no-cache", "--seed", "5", "--out", Path.Combine(_temp.Path, reports), .. more]);

    private string Report(string reports) => Directory.GetDirectories(Path.Combine(_temp.Path, reports)).Single();

    private static string[][] Csv(string folder, string file) => File.ReadAllLines(Path.Combine(folder, file)).Select(line => line.Split(',')).ToArray();

    [Fact]
    public void Given_cv_with_two_repeats_When_running_Then_every_image_is_predicted_once_per_repeat_the_t_test_matches_the_folds_and_a_rerun_of_its_experiment_file_gives_the_same_numbers()
    {
        SyntheticImages.WriteFolder(Data, ["a", "b", "c", "d", "e", "f"], perClass: 6, size: 16);

        var run = Run("cv", "--evaluation", "cv[folds=3,repeats=2]");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var folder = Report("cv");
        var predictions = Csv(folder, "cv_predictions.csv");
        Assert.Equal(["repeat", "fold", "image_id", "path", "true_class", "hog[cell=8]/logistic-regression", "raw[size=3]/logistic-regression"], predictions[0]);
        foreach (var repeat in predictions.Skip(1).GroupBy(row => row[0]))
        {
            Assert.Equal(36, repeat.Count());
            Assert.Equal(36, repeat.Select(row => row[2]).Distinct().Count());
            Assert.Equal(["1", "2", "3"], repeat.Select(row => row[1]).Distinct().Order());
        }

        Assert.Equal(["1", "2"], predictions.Skip(1).Select(row => row[0]).Distinct());
        var metrics = Csv(folder, "metrics.csv");
        Assert.All(metrics.Skip(1), row => Assert.Equal("36", row[5]));   // n_test: the first repeat's out-of-fold predictions

        // The pooled accuracy is the first repeat's out-of-fold accuracy, from cv_predictions.csv.
        var firstRepeat = predictions.Skip(1).Where(row => row[0] == "1").ToArray();
        Assert.Equal(firstRepeat.Count(row => row[4] == row[5]) / 36.0, double.Parse(metrics.Single(r => r[1] == "hog[cell=8]")[6], CultureInfo.InvariantCulture), 1e-6);

        // The corrected resampled t-test, by hand from cv_folds.csv.
        var folds = Csv(folder, "cv_folds.csv");
        Assert.Equal(["pipeline", "repeat", "fold", "n_train", "n_test", "accuracy", "macro_f1", "train_seconds"], folds[0]);
        Assert.Equal(12, folds.Length - 1);
        double[] Accuracies(string pipeline) => folds.Skip(1).Where(r => r[0] == pipeline).Select(r => double.Parse(r[5], CultureInfo.InvariantCulture)).ToArray();
        var pairwise = Csv(folder, "pairwise_tests.csv");
        Assert.Equal("reference,pipeline,reference_accuracy,pipeline_accuracy,accuracy_gap,std_difference,t_statistic,degrees_of_freedom,test_train_ratio,p_value,method", string.Join(",", pairwise[0]));
        var test = Assert.Single(pairwise.Skip(1));
        var d = Accuracies(test[0]).Zip(Accuracies(test[1]), (a, b) => a - b).ToArray();
        var mean = d.Average();
        var variance = d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1);
        var ratio = folds.Skip(1).Average(r => double.Parse(r[4], CultureInfo.InvariantCulture) / double.Parse(r[3], CultureInfo.InvariantCulture));
        Assert.Equal(12.0 / 24, ratio, 1e-12);
        Assert.Equal("Nadeau-Bengio corrected resampled t-test", test[10]);
        Assert.Equal("5", test[7]);
        Assert.True(variance > 0, "the two pipelines should differ by different amounts on different folds: " + string.Join(" ", d));
        var t = mean / Math.Sqrt(((1.0 / 6) + ratio) * variance);
        Assert.Equal(t, double.Parse(test[6], CultureInfo.InvariantCulture), 1e-5);
        Assert.Equal(2 * StudentT.CDF(0, 1, 5, -Math.Abs(t)), double.Parse(test[9], CultureInfo.InvariantCulture), 1e-4);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.Equal(3, json.RootElement.GetProperty("cross_validation").GetProperty("folds").GetInt32());
        Assert.StartsWith("3-fold stratified cross-validation × 2 repeats, seed 5", json.RootElement.GetProperty("split").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("cv: hog[cell=8]/logistic-regression: accuracy ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nadeau-Bengio", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);

        // The report's experiment file holds --evaluation, and rerunning it gives the same folds and numbers.
        Assert.Contains("evaluation: cv[folds=3,repeats=2]", File.ReadAllText(Path.Combine(folder, ExperimentFileExporter.FileName)), StringComparison.Ordinal);
        var again = CliRun.Of("run", "--config", Path.Combine(folder, ExperimentFileExporter.FileName), "--out", Path.Combine(_temp.Path, "again"));
        Assert.True(again.ExitCode == 0, again.Error + again.Output);
        static string[] Scores(string[][] rows) => rows.Select(r => string.Join(",", r.Take(7))).ToArray();
        Assert.Equal(Scores(folds), Scores(Csv(Report("again"), "cv_folds.csv")));
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, "cv_predictions.csv")), File.ReadAllLines(Path.Combine(Report("again"), "cv_predictions.csv")));
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, "pairwise_tests.csv")), File.ReadAllLines(Path.Combine(Report("again"), "pairwise_tests.csv")));
    }

    [Theory]
    [InlineData("cv[folds=1]", "folds=1")]
    [InlineData("cv[folds=5]", "class 'c' has only 4 images")]
    [InlineData("cv[repeats=0]", "repeats=0")]
    [InlineData("kfold", "unknown protocol 'kfold'")]
    public void Given_bad_folds_Then_it_is_refused_before_any_work(string evaluation, string named)
    {
        SyntheticImages.WriteFolder(Data, ["a", "b"], perClass: 6, size: 16);
        SyntheticImages.WriteFolder(Data, ["c"], perClass: 4, size: 16);

        var run = Run("reports", "--evaluation", evaluation);

        CliAssert.Refused(run, "--evaluation", named);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")) && Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "reports")).Any());
    }

    [Theory]
    [InlineData("--learning-curve", "10,all")]
    [InlineData("--corruptions", "jpeg")]
    [InlineData("--max-train-per-class", "3")]
    [InlineData("--save-models", null)]
    public void Given_cv_with_an_option_that_needs_one_split_Then_it_is_refused(string option, string? value)
    {
        SyntheticImages.WriteFolder(Data, ["a", "b"], perClass: 6, size: 16);

        var run = Run("reports", value is null ? ["--evaluation", "cv[folds=3]", option] : ["--evaluation", "cv[folds=3]", option, value]);

        CliAssert.Refused(run, "--evaluation 'cv[folds=3]' cannot be combined with " + option);
    }
}
