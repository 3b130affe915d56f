using System.Text.Json;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class RunCommandTestTimeFlipTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_tta_flip_augmentation_and_saved_models_When_running_Then_every_pipeline_and_the_cnn_get_a_tta_row_whose_saved_model_reproduces_it()
    {
        var data = Path.Combine(_temp.Path, "data");
        SyntheticImages.WriteFolder(data, ["flat", "steep", "mid"], perClass: 8, size: 20);
        var reports = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of("run", "--dataset", data, "--features", "hog", "--classifiers", "logistic-regression", "--deep", "cnn[width=4,epochs=1,validation=0.25]",
            "--tta", "--augment", "flip", "--save-models", "--no-cache", "--quiet", "--gallery-maps", "0", "--seed", "3", "--out", reports);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = Assert.Single(Directory.GetDirectories(reports));
        using (var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "run.json"))))
        {
            var pipelines = summary.RootElement.GetProperty("pipelines").EnumerateArray().ToArray();
            Assert.Equal(["logistic-regression", "logistic-regression+tta", "cnn", "cnn+tta"], pipelines.Select(p => p.GetProperty("classifier").GetString()));
            Assert.Equal("flip", pipelines[0].GetProperty("settings").GetProperty("augment").GetString());
            Assert.Equal("none", pipelines[2].GetProperty("settings").GetProperty("augment").GetString());
            Assert.True(pipelines[1].GetProperty("settings").TryGetProperty("tta", out _));
            Assert.DoesNotContain("not saved", summary.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        foreach (var (pipeline, plain, folder) in new[] { ("hog/logistic-regression+tta", "hog/logistic-regression", "hog-logistic-regression_tta"), ("image/cnn+tta", "image/cnn", "cnn_tta") })
        {
            // The mirrors change these images' scores, so a model that lost its flip could not reproduce the row.
            Assert.NotEqual(Scores(report, plain), Scores(report, pipeline));
            SavedModelPredictions.AssertReproduced(report, pipeline, Path.Combine(report, "models", folder), Path.Combine(_temp.Path, $"{folder}.csv"));
        }
    }

    private static string[] Scores(string report, string pipeline) =>
        File.ReadLines(Path.Combine(report, "predictions.csv")).Skip(1).Select(line => line.Split(',')).Where(cells => cells[3] == pipeline).Select(cells => cells[5]).ToArray();
}
