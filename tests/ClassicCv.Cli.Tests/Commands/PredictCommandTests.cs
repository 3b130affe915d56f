using System.Globalization;
using System.Text.RegularExpressions;
using ClassicCv.Catalogs;
using ClassicCv.Features.Transforms;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;
using Spectre.Console;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class PredictCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-predict-").FullName;

    [Fact]
    public void Given_good_and_undecodable_images_When_predicting_Then_the_good_ones_get_a_line_and_the_exit_code_is_1()
    {
        var (dataset, split) = SavedPipelineRoundTripTests.Digits();
        var streamer = new ImageStreamer();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne("hog"), [new Standardizer()], ClassifierCatalog.Parse("logistic-regression", 42).Single(), new FeatureStore(streamer, 42), streamer);
        using (var classifier = (FeaturePipelineClassifier)trainer.Prepare(dataset, split).Train(split.Train).Classifier)
        {
            SavedPipeline.Save(classifier, Path.Combine(_folder, "model"), 42);
        }

        var images = Directory.CreateDirectory(Path.Combine(_folder, "images")).FullName;
        using (var sheet = Cv2.ImRead(Path.Combine(BuiltInDatasets.Root, "digits", "digits.png"), ImreadModes.Grayscale))
        using (var zero = new Mat(sheet, new Rect(0, 0, 20, 20)))
        using (var nine = new Mat(sheet, new Rect(1980, 980, 20, 20)))
        {
            Cv2.ImWrite(Path.Combine(images, "a-zero.png"), zero);
            Cv2.ImWrite(Path.Combine(images, "c-nine.png"), nine);
        }

        File.WriteAllText(Path.Combine(images, "b-broken.png"), "not an image");
        var csv = Path.Combine(_folder, "predictions.csv");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        var exit = CliApplication.Run(["predict", "--model", Path.Combine(_folder, "model"), images, "--out", csv], console, TextWriter.Null);

        Assert.Equal(1, exit);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("path,predicted_class,score", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{Path.Combine(images, "a-zero.png")},0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(images, "c-nine.png")},9,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_run_that_saved_a_codebook_and_pca_pipeline_When_predicting_its_test_images_Then_the_classes_match_the_run()
    {
        var reports = Path.Combine(_folder, "reports");
        var run = CliRun.Of("run", "--features", "hog+sift-bovw[k=16,sample=1000]", "--transforms", "standardize,pca[components=20]",
            "--classifiers", "logistic-regression", "--max-train-per-class", "20", "--deep", "none", "--save-models", "--out", reports, "--quiet", "--no-cache");
        Assert.Equal(0, run.ExitCode);
        var report = Assert.Single(Directory.GetDirectories(reports));
        Assert.DoesNotContain("not saved", File.ReadAllText(Path.Combine(report, "run.json")), StringComparison.Ordinal);
        var images = Directory.CreateDirectory(Path.Combine(_folder, "images")).FullName;
        var expected = new List<(string Path, string Class, double Score)>();
        using (var sheet = Cv2.ImRead(Path.Combine(BuiltInDatasets.Root, "digits", "digits.png"), ImreadModes.Grayscale))
        {
            foreach (var line in File.ReadLines(Path.Combine(report, "predictions.csv")).Skip(1).Take(12))
            {
                var match = Regex.Match(line, @"^""digits\.png\[(\d+),(\d+)\]"",""[^""]*"",[^,]*,(?:""[^""]*""|[^,]*),([^,]*),([^,]*),");
                Assert.True(match.Success, line);
                var (row, column) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
                using var cell = new Mat(sheet, new Rect(column * 20, row * 20, 20, 20));
                var path = Path.Combine(images, $"{row}-{column}.png");
                Cv2.ImWrite(path, cell);
                expected.Add((path, match.Groups[3].Value, double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture)));
            }
        }

        var csv = Path.Combine(_folder, "predictions.csv");
        var predict = CliRun.Of("predict", "--model", Path.Combine(report, "models", "hog_sift-bovw_k=16_sample=1000_-logistic-regression"), images, "--out", csv);

        Assert.Equal(0, predict.ExitCode);
        var predicted = File.ReadAllLines(csv).Skip(1).Select(line => line.Split(',')).ToArray();
        Assert.Equal(expected.Select(e => e.Path).Order(StringComparer.Ordinal), predicted.Select(p => p[0]));
        foreach (var (path, name, score) in expected)
        {
            var line = predicted.Single(p => p[0] == path);
            Assert.Equal(name, line[1]);
            Assert.Equal(score, double.Parse(line[2], CultureInfo.InvariantCulture), 5);
        }
    }

    [Fact]
    public void Given_a_folder_without_a_saved_model_When_predicting_Then_it_is_a_user_error()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

        Assert.Equal(CliApplication.UserErrorExitCode, CliApplication.Run(["predict", "--model", _folder, _folder], console, TextWriter.Null));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
