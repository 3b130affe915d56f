using System.Globalization;
using System.Text.Json;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>class-weight</c> through the real command line: balanced weights raise a rare class's recall and the run records them.</summary>
public sealed class RunCommandClassWeightTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private CliRun Run(string classifiers, string deep = "none") =>
        CliRun.Of("run", "--deep", deep, "--dataset", Data, "--features", "raw[size=4]", "--classifiers", classifiers, "--test-fraction", "0.5", "--gallery-maps", "0", "--no-cache", "--seed", "7", "--out", Path.Combine(_temp.Path, "reports"));

    /// <summary>Flat grey images whose brightness is drawn around 100 ("common", 80 images) or 120 ("rare", 12), σ = 14: the classes overlap.</summary>
    private void WriteImbalanced()
    {
        var random = new Random(3);
        foreach (var (name, count, mean) in new[] { ("common", 80, 100.0), ("rare", 12, 120.0) })
        {
            var folder = Directory.CreateDirectory(Path.Combine(Data, name)).FullName;
            for (var i = 0; i < count; i++)
            {
                var value = mean + (14 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
                using var image = new Mat(4, 4, MatType.CV_8UC1, Scalar.All(Math.Clamp(value, 0, 255)));
                Cv2.ImWrite(Path.Combine(folder, $"{i:D3}.png"), image);
            }
        }
    }

    [Fact]
    public void Given_a_strongly_imbalanced_dataset_When_weights_are_balanced_Then_the_rare_class_recall_rises_and_the_weights_are_in_run_json()
    {
        WriteImbalanced();

        var run = Run("linear-svm,logistic-regression,linear-svm[class-weight=balanced],logistic-regression[class-weight=balanced]");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var folder = Directory.GetDirectories(Path.Combine(_temp.Path, "reports")).Single();
        var recall = File.ReadAllLines(Path.Combine(folder, "per_class.csv")).Skip(1).Select(line => line.Split(','))
            .Where(row => row[1] == "rare").ToDictionary(row => row[0], row => double.Parse(row[3], CultureInfo.InvariantCulture));
        Assert.True(recall["raw[size=4]/linear-svm[class-weight=balanced]"] > recall["raw[size=4]/linear-svm"], string.Join("; ", recall));
        Assert.True(recall["raw[size=4]/logistic-regression[class-weight=balanced]"] > recall["raw[size=4]/logistic-regression"], string.Join("; ", recall));

        // 40 common and 6 rare training images: 46 / (2 × 40) = 0.575 and 46 / (2 × 6) = 3.833.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        var settings = json.RootElement.GetProperty("pipelines").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("settings"));
        Assert.Equal("balanced", settings["raw[size=4]/logistic-regression[class-weight=balanced]"].GetProperty("class_weight").GetString());
        Assert.Equal("common:0.575;rare:3.833", settings["raw[size=4]/logistic-regression[class-weight=balanced]"].GetProperty("class_weights").GetString());
        Assert.Equal("common:0.575;rare:3.833", settings["raw[size=4]/linear-svm[class-weight=balanced]"].GetProperty("class_weights").GetString());
        Assert.False(settings["raw[size=4]/logistic-regression"].TryGetProperty("class_weights", out _));
    }

    [Fact]
    public void Given_explicit_weights_When_running_Then_named_classes_get_them()
    {
        WriteImbalanced();

        var run = Run("logistic-regression[class-weight=rare:5]");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var folder = Directory.GetDirectories(Path.Combine(_temp.Path, "reports")).Single();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.Equal("common:1;rare:5", json.RootElement.GetProperty("pipelines")[0].GetProperty("settings").GetProperty("class_weights").GetString());
    }

    [Theory]
    [InlineData("knn[class-weight=balanced]", "none", "'knn[class-weight=balanced]' cannot weight classes")]
    [InlineData("logistic-regression[class-weight=dog:2]", "none", "weights class 'dog', which the dataset does not have")]
    [InlineData("linear-svm[class-weight=rare:0]", "none", "class-weight=rare:0; expected balanced, none, or weights")]
    [InlineData("linear-svm[class-weight=balanced|none]", "none", "cannot be a grid")]
    [InlineData("linear-svm", "cnn[class-weight=cat:2]", "weights class 'cat'")]
    public void Given_a_bad_class_weight_Then_it_is_refused_naming_the_learner(string classifiers, string deep, string named)
    {
        WriteImbalanced();

        var run = Run(classifiers, deep);

        CliAssert.Refused(run, named);
    }
}
