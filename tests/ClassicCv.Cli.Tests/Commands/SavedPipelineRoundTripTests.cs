using ClassicCv.Cli.Catalogs;
using ClassicCv.Cli.Reporting;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Features.Transforms;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Splitting;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class SavedPipelineRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-saved-").FullName;

    [Theory]
    [InlineData("linear-svm")]
    [InlineData("logistic-regression")]
    [InlineData("rbf-svm")]
    [InlineData("random-forest[trees=15]")]
    [InlineData("knn[k=3,distance=cosine]")]
    [InlineData("knn[k=1|3]")]
    [InlineData("rff-svm[components=300]")]
    public void Given_a_trained_pipeline_When_saved_and_loaded_Then_it_predicts_exactly_the_same(string classifier)
    {
        var (dataset, split) = Digits();
        var streamer = new ImageStreamer();
        var learner = ClassifierCatalog.Parse(classifier, 42, folds: 2).Single();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne("hog"), [new Standardizer()], learner, new FeatureStore(streamer, 42), streamer);
        trainer.Prepare(dataset, split);
        using var original = (FeaturePipelineClassifier)trainer.Train(dataset, split.Train);
        var directory = Path.Combine(_folder, ModelSaver.FolderName($"hog/{classifier}"));

        SavedPipeline.Save(original, directory);
        using var loaded = SavedPipeline.Load(directory, FeatureCatalog.ParseOne, ModelCatalog.Load);

        var before = original.Predict(dataset, split.Test);
        var after = loaded.Predict(dataset, split.Test);
        Assert.Equal(before.Labels, after.Labels);
        Assert.Equal(before.Scores, after.Scores);
        Assert.Equal(original.ClassNames, loaded.ClassNames);
    }

    [Fact]
    public void Given_a_model_from_another_format_version_When_loading_Then_the_message_names_both_versions()
    {
        var (dataset, split) = Digits();
        var streamer = new ImageStreamer();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne("hog"), [new Standardizer()], ClassifierCatalog.Parse("knn", 42).Single(), new FeatureStore(streamer, 42), streamer);
        trainer.Prepare(dataset, split);
        using var original = (FeaturePipelineClassifier)trainer.Train(dataset, split.Train);
        SavedPipeline.Save(original, _folder);
        var file = Path.Combine(_folder, PipelineFile.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"format_version\": 1", "\"format_version\": 99", StringComparison.Ordinal));

        var error = Assert.Throws<UserInputException>(() => SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load));

        Assert.Contains("format version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads format version {PipelineFile.CurrentVersion}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static (ImageDataset Dataset, DataSplit Split) Digits()
    {
        var dataset = new DatasetResolver(BuiltInDatasets.Root).Resolve("digits");
        var split = new StratifiedHoldOut(0.2, 42).Split(dataset.Labels());
        split = new PerClassCap(20, 42).Apply(split, dataset.Labels()) with { Test = split.Test.Take(100).ToArray() };
        return (dataset, split);
    }
}
