using System.Globalization;
using System.Text.Json;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class SavedNetworkTemperatureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_temperature_scaled_cnn_saved_by_a_run_When_predicting_its_test_images_Then_the_scores_are_the_runs_calibrated_probabilities()
    {
        var data = Path.Combine(_temp.Path, "data");
        SyntheticImages.WriteFolder(data, ["flat", "steep", "mid"], perClass: 16, size: 20);
        var reports = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of("run", "--dataset", data, "--features", "hog", "--classifiers", "linear-svm", "--deep", "cnn[width=4,epochs=2,validation=0.25]",
            "--save-models", "--no-cache", "--quiet", "--seed", "3", "--out", reports);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = Assert.Single(Directory.GetDirectories(reports));
        var model = Path.Combine(report, "models", "cnn");
        using var saved = JsonDocument.Parse(File.ReadAllText(Path.Combine(model, "model.json")));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "run.json")));
        var settings = summary.RootElement.GetProperty("pipelines").EnumerateArray().Single(p => p.GetProperty("classifier").GetString() == "cnn").GetProperty("settings");
        var fitted = double.Parse(settings.GetProperty("temperature").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(fitted, saved.RootElement.GetProperty("temperature").GetDouble(), 4);
        Assert.NotEqual(1.0, fitted, 3);

        var expected = File.ReadLines(Path.Combine(report, "predictions.csv")).Skip(1).Select(line => line.Split(','))
            .Where(cells => cells[3] == "image/cnn").ToDictionary(cells => cells[1], cells => (Class: cells[4], Score: double.Parse(cells[5], CultureInfo.InvariantCulture)));
        var csv = Path.Combine(_temp.Path, "predicted.csv");
        var predict = CliRun.Of(["predict", "--model", model, "--out", csv, .. expected.Keys]);

        Assert.True(predict.ExitCode == 0, predict.Error + predict.Output);
        var predicted = File.ReadAllLines(csv).Skip(1).Select(line => line.Split(',')).ToArray();
        Assert.Equal(expected.Count, predicted.Length);
        foreach (var cells in predicted)
        {
            Assert.Equal(expected[cells[0]].Class, cells[1]);
            Assert.Equal(expected[cells[0]].Score, double.Parse(cells[2], CultureInfo.InvariantCulture), 5);
        }
    }
}
