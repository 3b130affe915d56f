using System.Text.Json.Nodes;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
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
        AssertRoundTripPredictsTheSame("hog", "standardize", classifier);
    }

    [Theory]
    [InlineData("sift-bovw[k=16,sample=1000]", "standardize")]
    [InlineData("hog+sift-bovw[k=8,sample=1000,assign=soft]", "l2")]
    [InlineData("hog", "standardize,pca[components=20]")]
    [InlineData("sift-bovw[k=16,sample=1000,pyramid=true]", "none")]
    [InlineData("kmeans-patches[k=16,sample=1000]", "standardize")]
    [InlineData("fisher[k=4,pca=16,sample=1000,pyramid=true]", "none")]
    [InlineData("hog+vlad[k=8,pca=16,sample=1000]", "standardize")]
    [InlineData("resnet18[size=32]", "standardize")]
    public void Given_a_pipeline_with_a_learnt_codebook_or_transforms_When_saved_and_loaded_Then_it_predicts_exactly_the_same(string features, string transforms)
    {
        AssertRoundTripPredictsTheSame(features, transforms, "logistic-regression");
    }

    [Fact]
    public void Given_a_saved_codebook_cut_short_When_loading_Then_the_message_names_the_feature_and_the_length()
    {
        var (dataset, split) = Digits();
        using (var original = Train("sift-bovw[k=16,sample=1000]", "none", "knn", dataset, split))
        {
            SavedPipeline.Save(original, _folder, 42);
        }

        var file = Path.Combine(_folder, PipelineFile.FileName);
        var saved = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal(16 * 128, saved["codebooks"]![0]!["centers"]!.AsArray().Count);
        saved["codebooks"]![0]!["centers"] = new JsonArray(1, 2, 3);
        File.WriteAllText(file, saved.ToJsonString());

        var error = Assert.Throws<UserInputException>(() => SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load));

        Assert.Contains("the codebook of 'sift-bovw[k=16,sample=1000]' has 3 values; expected a positive multiple of 128", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_model_from_another_format_version_When_loading_Then_the_message_names_both_versions()
    {
        var (dataset, split) = Digits();
        using (var original = Train("hog", "standardize", "knn", dataset, split))
        {
            SavedPipeline.Save(original, _folder, 42);
        }

        var file = Path.Combine(_folder, PipelineFile.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace($"\"format_version\": {PipelineFile.CurrentVersion}", "\"format_version\": 99", StringComparison.Ordinal));

        var error = Assert.Throws<UserInputException>(() => SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load));

        Assert.Contains("format version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads format versions {PipelineFile.OldestReadableVersion} to {PipelineFile.CurrentVersion}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kmeans-patches[k=16,sample=1000]")]
    [InlineData("fisher[k=4,pca=16,sample=1000]")]
    [InlineData("vlad[k=8,pca=16,sample=1000]")]
    public void Given_a_feature_with_a_learnt_state_When_saved_and_loaded_Then_its_features_are_identical(string features)
    {
        var (dataset, split) = Digits();
        using var original = Train(features, "none", "knn", dataset, split);
        SavedPipeline.Save(original, _folder, 42);
        var saved = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, PipelineFile.FileName)))!;

        using var loaded = SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load);

        Assert.Equal(PipelineFile.CurrentVersion, (int)saved["format_version"]!);
        Assert.Equal(features, (string)saved["feature_states"]![0]!["feature"]!);
        var streamer = new ImageStreamer();
        var before = FeatureExtraction.Run(original.Extractor, dataset, split.Test, streamer).Matrix.Values.ToArray();
        var after = FeatureExtraction.Run(loaded.Extractor, dataset, split.Test, streamer).Matrix.Values.ToArray();
        Assert.Equal(before, after);
        Assert.Contains(before, v => v != 0);
    }

    [Fact]
    public void Given_a_format_2_file_without_feature_states_When_loading_Then_it_loads_and_predicts_the_same()
    {
        var (dataset, split) = Digits();
        using var original = Train("sift-bovw[k=16,sample=1000]", "standardize", "logistic-regression", dataset, split);
        SavedPipeline.Save(original, _folder, 42);
        var file = Path.Combine(_folder, PipelineFile.FileName);
        var saved = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        saved["format_version"] = 2;
        saved.Remove("feature_states");
        File.WriteAllText(file, saved.ToJsonString());

        using var loaded = SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load);

        Assert.Equal(original.Predict(dataset, split.Test).Labels, loaded.Predict(dataset, split.Test).Labels);
    }

    [Fact]
    public void Given_an_rff_svm_pipeline_When_saved_Then_its_random_projection_is_an_entry_of_the_one_chain_format_and_a_file_of_the_old_format_still_loads()
    {
        var (dataset, split) = Digits();
        using var original = Train("hog", "standardize", "rff-svm[components=50]", dataset, split);
        SavedPipeline.Save(original, _folder, 42);
        var file = Path.Combine(_folder, PipelineFile.FileName);
        var classifier = Path.Combine(_folder, PipelineFile.ClassifierFolder);
        var saved = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var chain = JsonNode.Parse(File.ReadAllText(Path.Combine(classifier, "transforms.json")))!.AsArray();

        Assert.Equal("chain+linear", (string)saved["classifier"]!);
        Assert.Equal("rff", (string)chain.Single()!["kind"]!);
        Assert.Equal("transforms/0-rff", (string)chain.Single()!["folder"]!);
        Assert.False(saved["transforms"]!.AsArray().Single()!.AsObject().ContainsKey("folder"));   // pipeline.json's entries are as before

        // The layout written before the one chain: kind rff+linear, the projection in transform/, the model in model/.
        Directory.Move(Path.Combine(classifier, "transforms", "0-rff"), Path.Combine(classifier, "transform"));
        Directory.Delete(Path.Combine(classifier, "transforms"));
        File.Delete(Path.Combine(classifier, "transforms.json"));
        saved["classifier"] = "rff+linear";
        File.WriteAllText(file, saved.ToJsonString());
        using var loaded = SavedPipeline.Load(_folder, FeatureCatalog.ParseOne, ModelCatalog.Load);

        var before = original.Predict(dataset, split.Test);
        var after = loaded.Predict(dataset, split.Test);
        Assert.Equal(before.Labels, after.Labels);
        Assert.Equal(before.Scores, after.Scores);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static FeaturePipelineClassifier Train(string features, string transforms, string classifier, ImageDataset dataset, DataSplit split)
    {
        var streamer = new ImageStreamer();
        var trainer = new FeaturePipelineTrainer(FeatureCatalog.ParseOne(features), TransformCatalog.Parse(transforms),
            ClassifierCatalog.Parse(classifier, 42, folds: 2).Single(), new FeatureStore(streamer, 42), streamer);
        return (FeaturePipelineClassifier)trainer.Prepare(dataset, split).Train(split.Train).Classifier;
    }

    private void AssertRoundTripPredictsTheSame(string features, string transforms, string classifier)
    {
        var (dataset, split) = Digits();
        using var original = Train(features, transforms, classifier, dataset, split);
        var directory = Path.Combine(_folder, ClassicCv.Reports.PipelineFileName.Of($"{features}/{classifier}"));

        SavedPipeline.Save(original, directory, 42);
        using var loaded = SavedPipeline.Load(directory, FeatureCatalog.ParseOne, ModelCatalog.Load);

        var before = original.Predict(dataset, split.Test);
        var after = loaded.Predict(dataset, split.Test);
        Assert.Equal(before.Labels, after.Labels);
        Assert.Equal(before.Scores, after.Scores);
        Assert.Equal(original.ClassNames, loaded.ClassNames);
        Assert.Equal(original.Extractor.Settings, loaded.Extractor.Settings);
    }

    internal static (ImageDataset Dataset, DataSplit Split) Digits()
    {
        var dataset = new DatasetResolver(BuiltInDatasets.Root).Resolve("digits");
        var split = new StratifiedHoldOut(0.2, 42).Split(dataset.Labels());
        split = new PerClassCap(20, 42).Apply(split, dataset.Labels()) with { Test = split.Test.Take(100).ToArray() };
        return (dataset, split);
    }
}
