using System.Text.Json.Nodes;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>What <c>classiccv run</c> chooses when options are left out, and that the run records it.</summary>
public sealed class RunCommandDefaultsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-defaults-").FullName;

    public RunCommandDefaultsTests()
    {
        var random = new Random(7);
        foreach (var name in new[] { "dark", "light" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, "data", name));
            for (var i = 0; i < 6; i++)
            {
                using var image = new Mat(12, 12, MatType.CV_8UC3, Scalar.All(name == "dark" ? random.Next(0, 60) : random.Next(190, 255)));
                image.Set(random.Next(12), random.Next(12), new Vec3b(255, 0, 0));
                Cv2.ImWrite(Path.Combine(_folder, "data", name, $"{i}.png"), image);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Given_resnet18_and_hog_without_options_When_running_Then_run_json_and_the_saved_model_record_what_was_chosen_and_why()
    {
        var reports = Path.Combine(_folder, "reports");

        var run = CliRun.Of("run", "--dataset", Path.Combine(_folder, "data"), "--features", "resnet18,hog", "--classifiers", "logistic-regression",
            "--deep", "none", "--no-cache", "-q", "--test-fraction", "0.5", "--save-models", "--out", reports);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var report = Directory.GetDirectories(reports).Single();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(report, "run.json")))!;
        var pipelines = json["pipelines"]!.AsArray();
        var resnet = pipelines.Single(p => (string?)p!["name"] == "resnet18/logistic-regression")!["settings"]!;
        var hog = pipelines.Single(p => (string?)p!["name"] == "hog/logistic-regression")!["settings"]!;
        var features = (string)resnet["feature_settings"]!;
        Assert.StartsWith("resnet18:size=128;pool=global-average;layers=stage3+stage4b+final;flip=True;engine=OnnxRuntime;", features, StringComparison.Ordinal);
        Assert.Equal("0.01", (string?)resnet["C"]);
        Assert.Equal("0.01", (string?)hog["C"]);
        Assert.StartsWith("hog:", (string?)hog["feature_settings"], StringComparison.Ordinal);
        var warnings = json["warnings"]!.AsArray().Select(w => (string)w!).ToArray();
        Assert.Contains(warnings, w => w.StartsWith("resnet18: chose size=128, layers=stage3+stage4b+final, flip=true for 12×12 training images", StringComparison.Ordinal)
            && w.Contains("ran on engine=onnxruntime", StringComparison.Ordinal));

        // The saved pipeline keeps the spec as given; reloading resolves the same settings from the stored image size (Load checks them).
        var model = Path.Combine(report, "models", "resnet18-logistic-regression");
        Assert.Equal(features, (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(model, "pipeline.json")))!["extractor_settings"]);
        var predict = CliRun.Of("predict", "--model", model, Path.Combine(_folder, "data", "dark", "0.png"));
        Assert.True(predict.ExitCode == 0, predict.Output + predict.Error);
    }
}
