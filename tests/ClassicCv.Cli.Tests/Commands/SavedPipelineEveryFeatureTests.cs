using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>
/// Save → load → predict for every feature, on colour and on grayscale images: a saved pipeline carries everything
/// it needs (the colour histogram's colour space included), so the reloaded one predicts exactly what the trained one did.
/// </summary>
public sealed class SavedPipelineEveryFeatureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, bool> Features()
    {
        var data = new TheoryData<string, bool>();
        foreach (var features in new[] { "hog", "raw", "raw[color=true]", "color-hist", "color-hist[space=lab,grid=2]", "lbp", "sift-bovw[k=8,sample=1000]", "resnet18[size=32]", "hog+color-hist" })
        {
            data.Add(features, true);
            data.Add(features, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Given_a_trained_pipeline_on_colour_or_grayscale_images_When_saved_loaded_and_predicting_Then_it_predicts_exactly_the_same(string features, bool colour)
    {
        var root = _temp.Folder("data");
        if (colour)
        {
            HostileImages.WriteColourFolder(root, ["p", "q"], 6, 32);
        }
        else
        {
            SyntheticImages.WriteFolder(root, ["p", "q"], 6, 32);
        }

        var dataset = new DatasetResolver(BuiltInDatasets.Root).Resolve(root);
        var split = new StratifiedHoldOut(0.34, 42).Split(dataset.Labels());
        var streamer = new ImageStreamer();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne(features), TransformCatalog.Parse("standardize"),
            ClassifierCatalog.Parse("logistic-regression", 42).Single(), new FeatureStore(streamer, 42), streamer);
        using var original = (FeaturePipelineClassifier)trainer.Prepare(dataset, split).Train(split.Train).Classifier;
        var directory = Path.Combine(_temp.Path, "model");

        SavedPipeline.Save(original, directory, 42);
        using var loaded = SavedPipeline.Load(directory, FeatureCatalog.ParseOne, ModelCatalog.Load);

        Assert.Equal(original.Extractor.Settings, loaded.Extractor.Settings);
        Assert.Equal(colour && features.Contains("color-hist", StringComparison.Ordinal), loaded.Extractor.Settings.Contains("space=", StringComparison.Ordinal) && !loaded.Extractor.Settings.Contains("space=gray", StringComparison.Ordinal));
        var before = original.Predict(dataset, split.Test);
        var after = loaded.Predict(dataset, split.Test);
        Assert.Equal(before.Labels, after.Labels);
        Assert.Equal(before.Scores, after.Scores);
    }

    [Fact]
    public void Given_a_run_that_saved_colour_histogram_pipelines_on_colour_images_When_predicting_with_them_Then_they_load_and_predict()
    {
        var root = _temp.Folder("data");
        HostileImages.WriteColourFolder(root, ["p", "q"], 6, 24);
        var reports = Path.Combine(_temp.Path, "reports");
        var run = CliRun.Of("run", "--dataset", root, "--features", "color-hist,hog+color-hist", "--classifiers", "linear-svm", "--deep", "none",
            "--save-models", "--no-cache", "--quiet", "--out", reports);
        Assert.Equal(0, run.ExitCode);
        var models = Path.Combine(Assert.Single(Directory.GetDirectories(reports)), "models");

        foreach (var model in new[] { "color-hist-linear-svm", "hog+color-hist-linear-svm" })
        {
            var predict = CliRun.Of("predict", "--model", Path.Combine(models, model.Replace("+", "_", StringComparison.Ordinal)), Path.Combine(root, "p"), Path.Combine(root, "q"));

            Assert.Equal(0, predict.ExitCode);
            var lines = predict.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(12, lines.Length);
            Assert.True(lines.Count(line => line.Contains("/p/", StringComparison.Ordinal) ? line.Contains("\tp\t", StringComparison.Ordinal) : line.Contains("\tq\t", StringComparison.Ordinal)) >= 10, predict.Output);
        }
    }
}
