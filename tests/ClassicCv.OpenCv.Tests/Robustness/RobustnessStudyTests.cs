using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Features.Transforms;
using ClassicCv.MlNet.Learners;
using ClassicCv.OpenCv.Corruptions;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.OpenCv.Robustness;
using ClassicCv.Splitting;
using ClassicCv.Studies.Robustness;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Robustness;

public sealed class RobustnessStudyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_trained_pipelines_When_the_training_images_are_gone_Then_the_study_still_measures_every_pipeline_on_the_test_images_only()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["a", "b", "c"], perClass: 12, size: 24);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.25, 7).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var store = new FeatureStore(streamer, 7);
        var hog = new HogSpec();
        IImageClassifierTrainer[] contenders =
        [
            new FeaturePipelineTrainer(hog, [new Standardizer()], new LinearSvmLearner(new() { C = 0.01, MaxIterations = 100, Seed = 7 }), store, streamer, "svm-a"),
            new FeaturePipelineTrainer(hog, [new Standardizer()], new LinearSvmLearner(new() { C = 1, MaxIterations = 100, Seed = 7 }), store, streamer, "svm-b"),
        ];
        CorruptionRequest[] requests = [new(new GaussianNoise(), [1, 5]), new(new Rotation(), [3])];
        RobustnessReport? first = null;
        RobustnessReport? second = null;
        var progress = new List<string>();

        new ExperimentRunner(new SilentObserver(), new EvaluationOptions(7))
        {
            Finished = (outcome, classifiers) =>
            {
                foreach (var item in split.Train)
                {
                    File.Delete(((FileImageLocation)dataset.Items[item].Location).Path);
                }

                first = new RobustnessStudy(requests, null, new EvaluationOptions(7, 200), streamer, progress.Add).Run(dataset, outcome, classifiers);
                second = new RobustnessStudy(requests, null, new EvaluationOptions(7, 200), streamer).Run(dataset, outcome, classifiers);
            },
        }.Run(dataset, split, contenders);

        Assert.NotNull(first);
        Assert.Equal(split.Test, first.TestItems);
        Assert.Equal(2 * 3, first.Results.Count);
        Assert.Equal(["gaussian-noise", "gaussian-noise", "rotation"], first.Results.Where(r => r.Pipeline == "hog/svm-a").Select(r => r.Corruption));
        Assert.Equal(first.Results.Select(r => r.Accuracy), second!.Results.Select(r => r.Accuracy));
        Assert.Equal(2, first.Pipelines.Count);
        Assert.Null(first.Pipelines[0].VersusMostRobust);
        Assert.NotNull(first.Pipelines[1].VersusMostRobust);
        Assert.Equal(3, progress.Count);
        Assert.Contains("rotation severity 3", progress[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_test_cap_When_running_the_study_Then_a_stratified_subset_of_the_test_split_is_corrupted()
    {
        SyntheticImages.WriteFolder(_temp.Path, ["a", "b"], perClass: 20, size: 20);
        var dataset = new ImageFolderReader().Read(_temp.Path);
        var split = new StratifiedHoldOut(0.5, 3).Split(dataset.Labels());
        var streamer = new ImageStreamer(2);
        var trainer = new FeaturePipelineTrainer(new HogSpec(), [new Standardizer()], new LinearSvmLearner(new() { C = 0.1, MaxIterations = 100, Seed = 3 }), new FeatureStore(streamer, 3), streamer);
        RobustnessReport? report = null;

        new ExperimentRunner(new SilentObserver(), new EvaluationOptions(3))
        {
            Finished = (outcome, classifiers) => report = new RobustnessStudy([new(new Contrast(), [2])], 8, new EvaluationOptions(3, 200), streamer).Run(dataset, outcome, classifiers),
        }.Run(dataset, split, [trainer]);

        Assert.Equal(8, report!.TestCount);
        Assert.All(report.TestItems, item => Assert.Contains(item, split.Test));
        Assert.Equal(4, report.TestItems.Count(item => dataset.Items[item].Label == 0));
    }

    private sealed class SilentObserver : IExperimentObserver
    {
        public void StageStarted(string description)
        {
        }

        public void PipelineFinished(PipelineResult result)
        {
        }
    }
}
