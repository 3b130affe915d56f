using ClassicCv.Catalogs;
using ClassicCv.Cli.Tests.Commands;
using ClassicCv.Features.Transforms;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.TestSupport;
using OpenCvSharp;
using Parquet;

namespace ClassicCv.Cli.Tests.Sharding;

public sealed class ShardedPredictionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Given_a_list_of_images_with_a_missing_one_When_two_shards_predict_Then_each_writes_its_rows_in_order_with_the_missing_one_as_an_error_row()
    {
        var model = Path.Combine(_folder.Path, "model");
        var (dataset, split) = SavedPipelineRoundTripTests.Digits();
        var streamer = new ImageStreamer();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne("hog"), [new Standardizer()], ClassifierCatalog.Parse("knn", 42).Single(), new FeatureStore(streamer, 42), streamer);
        using (var classifier = (FeaturePipelineClassifier)trainer.Prepare(dataset, split).Train(split.Train).Classifier)
        {
            SavedPipeline.Save(classifier, model, 42);
        }

        var images = _folder.Folder("images");
        using (var sheet = Cv2.ImRead(Path.Combine(BuiltInDatasets.Root, "digits", "digits.png"), ImreadModes.Grayscale))
        {
            foreach (var (name, x, y) in new[] { ("zero.png", 0, 0), ("nine.png", 1980, 980), ("five.png", 0, 500) })
            {
                using var cell = new Mat(sheet, new Rect(x, y, 20, 20));
                Cv2.ImWrite(Path.Combine(images, name), cell);
            }
        }

        var list = _folder.File("list.txt");
        File.WriteAllLines(list, ["images/zero.png", "", "images/gone.png", "images/nine.png", "images/five.png"]);
        var parts = Path.Combine(_folder.Path, "predictions") + "/";

        var runs = Enumerable.Range(0, 2).Select(i => CliRun.Of("predict", "--model", model, "--list", list, "--shard", $"{i}/2", "--out", parts)).ToArray();
        var rerun = CliRun.Of("predict", "--model", model, "--list", list, "--shard", "1/2", "--out", parts);
        var verify = CliRun.Of("shards", "verify", parts);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output + run.Error));
        Assert.Contains("nothing to do", rerun.Output, StringComparison.Ordinal);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        var first = await Rows(Path.Combine(parts, "part-00000-of-00002.parquet"));
        var second = await Rows(Path.Combine(parts, "part-00001-of-00002.parquet"));
        Assert.Equal(new[] { Path.Combine(images, "zero.png"), Path.Combine(images, "gone.png") }, first.Paths);
        Assert.Equal(new[] { "0", null }, first.Classes);
        Assert.Null(first.Errors[0]);
        Assert.NotNull(first.Errors[1]);
        Assert.Equal(new[] { "9", "5" }, second.Classes);
    }

    private static async Task<(string?[] Paths, string?[] Classes, string?[] Errors)> Rows(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        using var group = reader.OpenRowGroupReader(0);
        var count = (int)group.RowCount;
        var paths = new string?[count];
        var classes = new string?[count];
        var errors = new string?[count];
        await group.ReadAsync(fields["path"], paths.AsMemory()!);
        await group.ReadAsync(fields["predicted_class"], classes.AsMemory()!);
        await group.ReadAsync(fields["error"], errors.AsMemory()!);
        return (paths, classes, errors);
    }
}
