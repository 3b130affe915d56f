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

        SavedModelPredictions.AssertReproduced(report, "image/cnn", model, Path.Combine(_temp.Path, "predicted.csv"));
    }
}
