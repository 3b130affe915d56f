using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.Splitting;
using ClassicCv.Studies.LearningCurves;

namespace ClassicCv.Core.Tests.Studies.LearningCurves;

public sealed class LearningCurveStudyTests
{
    private static readonly ImageDataset Dataset = new(
        "tiny", "/tiny", "test", ["a", "b"],
        Enumerable.Range(0, 400).Select(i => new DatasetItem($"{i}", new FileImageLocation($"/tiny/{i}.png"), i % 2, null)).ToArray(),
        [], "fp");

    [Fact]
    public void Given_a_network_that_needs_data_When_running_the_curve_Then_the_crossover_is_the_smallest_size_where_it_is_significantly_better()
    {
        // Test items 200..399. The classical fake is right on 70% of them at every size; the network is right on
        // (trained items)/2 % of them: 20 items → 10%, 60 → 30%, 200 → 100%.
        var split = new DataSplit(Enumerable.Range(0, 200).ToArray(), Enumerable.Range(200, 200).ToArray(), "fixed");
        IReadOnlyList<IImageClassifierTrainer> Contenders() => [new FakeTrainer("hog", _ => 0.7), new FakeTrainer(EndToEnd.FeaturesName, trained => trained / 200.0)];
        var full = new ExperimentRunner(new NullObserver(), new EvaluationOptions(1, 200)).Run(Dataset, split, Contenders());
        TrainingSize[] sizes = [TrainingSize.All, new(10, null), new(30, null)];

        var curve = new LearningCurveStudy(sizes, new EvaluationOptions(1, 200)).Run(Dataset, full, Contenders, new NullObserver());

        Assert.Equal(["10", "30", "all"], curve.Sizes);
        Assert.Equal([20, 20, 60, 60, 200, 200], curve.Points.Select(p => p.TrainCount));
        Assert.Equal(full.Results.Select(r => r.Metrics.Accuracy), curve.Points.Where(p => p.Size == "all").Select(p => p.Accuracy));
        Assert.Equal([false, false, true], curve.Comparisons.Select(c => c.DeepBetter));
        Assert.Equal("all", curve.Crossover!.Size);
        Assert.StartsWith("Crossover at all: image/truth is significantly better than hog/truth", curve.Statement, StringComparison.Ordinal);
    }

    private sealed class NullObserver : IExperimentObserver
    {
        public void StageStarted(string description)
        {
        }

        public void PipelineFinished(PipelineResult result)
        {
        }
    }

    /// <summary>Right on the first share(trained) of the test items, wrong on the rest.</summary>
    private sealed class FakeTrainer(string features, Func<int, double> share) : IImageClassifierTrainer
    {
        public string FeaturesName => features;

        public string ClassifierName => "truth";

        public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

        public IPreparedContender Prepare(ImageDataset dataset, DataSplit split) =>
            new PreparedContender(new Preparation(0, 1, false, new Dictionary<int, SkippedImage>()), items => new TrainedContender(new Model(share(items.Count)), Settings));

        private sealed class Model(double share) : IImageClassifier
        {
            public IReadOnlyList<string> ClassNames => Dataset.ClassNames;

            public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items) =>
                new(items.Select((item, k) => k < share * items.Count ? dataset.Items[item].Label : 1 - dataset.Items[item].Label).ToArray(), null, false);

            public void Dispose()
            {
            }
        }
    }
}
