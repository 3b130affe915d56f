using System.Diagnostics;
using System.Text.Json.Nodes;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>
/// The classes of hostile input issue 10 found mishandled by <c>predict</c>, through the real command line: bad images
/// are listed while the good ones are still predicted, each real file is predicted once, outputs are checked before
/// work, and a tampered model folder is refused at load naming the file.
/// </summary>
public sealed class PredictCommandHostileInputTests : IClassFixture<PredictCommandHostileInputTests.SavedModel>, IDisposable
{
    private readonly SavedModel _model;
    private readonly TempFolder _temp = new();

    public PredictCommandHostileInputTests(SavedModel model) => _model = model;

    public void Dispose() => _temp.Dispose();

    /// <summary>One tiny run with a saved hog/knn pipeline, shared by the tests (each copies it before tampering).</summary>
    public sealed class SavedModel : IDisposable
    {
        private readonly TempFolder _temp = new();

        public SavedModel()
        {
            Images = _temp.Folder("data");
            SyntheticImages.WriteFolder(Images, ["a", "b"], 6, 16);
            var reports = Path.Combine(_temp.Path, "reports");
            var run = CliRun.Of("run", "--dataset", Images, "--features", "hog,raw", "--classifiers", "knn", "--transforms", "standardize", "--deep", "none",
                "--save-models", "--no-cache", "--quiet", "--out", reports);
            Assert.Equal(0, run.ExitCode);
            var models = Path.Combine(Assert.Single(Directory.GetDirectories(reports)), "models");
            Folder = Path.Combine(models, "hog-knn");
            RawFolder = Path.Combine(models, "raw-knn");
        }

        public string RawFolder { get; }

        public string Images { get; }

        public string Folder { get; }

        public void Dispose() => _temp.Dispose();
    }

    private string CopyModel()
    {
        var copy = _temp.Folder("model");
        foreach (var file in Directory.GetFiles(_model.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(_model.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    [Fact]
    public async Task Given_a_decode_bomb_and_a_fifo_beside_a_good_image_When_predicting_Then_the_good_one_is_predicted_and_both_are_listed()
    {
        var folder = _temp.Folder("in");
        File.Copy(Path.Combine(_model.Images, "a", "000.png"), Path.Combine(folder, "good.png"));
        HostileImages.WritePngClaiming(Path.Combine(folder, "bomb.png"), 100_000, 100_000);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder, "pipe.png")]))
        {
            mkfifo.WaitForExit();
        }

        var task = Task.Run(() => CliRun.Of("predict", "--model", _model.Folder, folder));

        Assert.Same(task, await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60))));
        var run = await task;
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(folder, "good.png")}\ta\t", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bomb.png\t", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("pipe.png\t", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_holding_a_symlink_to_itself_When_predicting_Then_each_real_image_is_predicted_once()
    {
        var folder = _temp.Folder("in");
        File.Copy(Path.Combine(_model.Images, "a", "000.png"), Path.Combine(folder, "x.png"));
        File.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        File.CreateSymbolicLink(Path.Combine(folder, "y.png"), Path.Combine(folder, "x.png"));

        var run = CliRun.Of("predict", "--model", _model.Folder, folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("\ta\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_out_that_is_a_folder_or_lies_in_a_missing_one_When_predicting_Then_it_is_refused_first()
    {
        var image = Path.Combine(_model.Images, "a", "000.png");
        CliAssert.Refused(CliRun.Of("predict", "--model", _model.Folder, image, "--out", _temp.Path), "is a folder");
        CliAssert.Refused(CliRun.Of("predict", "--model", _model.Folder, image, "--out", Path.Combine(_temp.Path, "missing", "p.csv")), "does not exist");
        CliAssert.Refused(CliRun.Of("extract", "--dataset", _model.Images, "--features", "hog", "--out", Path.Combine(_temp.Path, "missing", "f.parquet"), "--no-cache"), "does not exist");
    }

    [Fact]
    public void Given_an_image_named_like_a_formula_When_writing_predictions_Then_the_csv_cell_is_defused()
    {
        var folder = _temp.Folder("in");
        File.Copy(Path.Combine(_model.Images, "a", "000.png"), Path.Combine(folder, "=HYPERLINK(1).png"));
        var csv = Path.Combine(_temp.Path, "p.csv");
        var current = Environment.CurrentDirectory;
        CliRun run;
        try
        {
            // The path as the user typed it, relative, is the CSV cell.
            Environment.CurrentDirectory = folder;
            run = CliRun.Of("predict", "--model", _model.Folder, "=HYPERLINK(1).png", "--out", csv);
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("'=HYPERLINK(1).png,a,", File.ReadAllLines(csv)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_random_bytes_in_the_native_classifier_file_When_loading_Then_the_file_is_named()
    {
        var model = CopyModel();
        var native = Path.Combine(model, "classifier", "classifier.yml.gz");
        File.WriteAllBytes(native, Enumerable.Range(0, 256).Select(i => (byte)(i * 37 % 251)).ToArray());

        CliAssert.Refused(CliRun.Of("predict", "--model", model, Path.Combine(_model.Images, "a", "000.png")), "classifier.yml.gz", "cannot be read");
    }

    [Fact]
    public void Given_class_names_shorter_than_the_model_or_a_transform_from_another_feature_set_When_loading_Then_pipeline_json_is_named()
    {
        var model = CopyModel();
        var path = Path.Combine(model, "pipeline.json");
        var original = File.ReadAllText(path);
        var json = JsonNode.Parse(original)!;
        json["class_names"] = new JsonArray("a");
        File.WriteAllText(path, json.ToJsonString());
        var image = Path.Combine(_model.Images, "a", "000.png");

        CliAssert.Refused(CliRun.Of("predict", "--model", model, image), "pipeline.json", "lists 1 class_names, but its classifier predicts 2 classes");

        File.Copy(Path.Combine(_model.RawFolder, "pipeline.json"), path, overwrite: true);
        CliAssert.Refused(CliRun.Of("predict", "--model", model, image), model, "does not fit together at the classifier", "expects");
    }
}
