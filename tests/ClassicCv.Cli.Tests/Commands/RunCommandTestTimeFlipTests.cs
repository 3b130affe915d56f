using System.Text.Json;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class RunCommandTestTimeFlipTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_tta_and_flip_augmentation_When_running_Then_every_pipeline_and_the_cnn_get_a_tta_row_and_run_json_says_what_each_got()
    {
        var data = Path.Combine(_temp.Path, "data");
        SyntheticImages.WriteFolder(data, ["flat", "steep", "mid"], perClass: 8, size: 20);
        var reports = Path.Combine(_temp.Path, "reports");

        var run = CliRun.Of("run", "--dataset", data, "--features", "hog", "--classifiers", "logistic-regression", "--deep", "cnn[width=4,epochs=1,validation=0.25]",
            "--tta", "--augment", "flip", "--no-cache", "--quiet", "--gallery-maps", "0", "--seed", "3", "--out", reports);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(reports)), "run.json")));
        var pipelines = summary.RootElement.GetProperty("pipelines").EnumerateArray().ToArray();
        Assert.Equal(["logistic-regression", "logistic-regression+tta", "cnn", "cnn+tta"], pipelines.Select(p => p.GetProperty("classifier").GetString()));
        Assert.Equal("flip", pipelines[0].GetProperty("settings").GetProperty("augment").GetString());
        Assert.Equal("none", pipelines[2].GetProperty("settings").GetProperty("augment").GetString());
        Assert.True(pipelines[1].GetProperty("settings").TryGetProperty("tta", out _));
    }
}
