using System.Globalization;
using System.Text.Json;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class FineTunePredictTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_fine_tuned_resnet18_saved_by_a_run_When_predicting_its_test_images_Then_predict_gives_the_runs_classes_and_scores()
    {
        var data = Path.Combine(_temp.Path, "data");
        SyntheticImages.WriteFolder(data, ["flat", "steep", "mid"], perClass: 8, size: 20);
        var reports = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of("run", "--dataset", data, "--features", "", "--deep", "resnet18-finetune[size=32,epochs=2,batch=8,validation=0.25,tta=true]",
            "--save-models", "--no-cache", "--quiet", "--seed", "3", "--out", reports);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = Assert.Single(Directory.GetDirectories(reports));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "run.json")));
        var pipelines = summary.RootElement.GetProperty("pipelines").EnumerateArray().ToArray();
        Assert.Equal(["resnet18-finetune", "resnet18-finetune+tta"], pipelines.Select(p => p.GetProperty("classifier").GetString()));
        var settings = pipelines[0].GetProperty("settings");
        var epochs = int.Parse(settings.GetProperty("epochs_run").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(epochs, settings.GetProperty("curve_validation_accuracy").GetString()!.Split(',').Length);
        Assert.InRange(int.Parse(settings.GetProperty("best_epoch").GetString()!, CultureInfo.InvariantCulture), 1, epochs);

        var model = Path.Combine(report, "models", "resnet18-finetune");
        SavedModelPredictions.AssertReproduced(report, "image/resnet18-finetune", model, Path.Combine(_temp.Path, "predicted.csv"));
    }
}
