using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.Splitting;

namespace ClassicCv.Core.Tests.Experiments;

public sealed class ExperimentRunnerTests
{
    private static readonly ImageDataset Dataset = new(
        "tiny", "/tiny", "test", ["a", "b"],
        Enumerable.Range(0, 6).Select(i => new DatasetItem($"{i}", new FileImageLocation($"/tiny/{i}.png"), i % 2, null)).ToArray(),
        [], "fp");

    [Fact]
    public void Given_a_contender_that_cannot_decode_an_image_When_running_Then_every_contender_is_measured_without_it()
    {
        var broken = new FakeTrainer("broken", failing: 5);
        var healthy = new FakeTrainer("healthy", failing: null);
        var split = new DataSplit([0, 1, 2, 3], [4, 5], "fixed");

        var outcome = new ExperimentRunner(new NullObserver()).Run(Dataset, split, [broken, healthy]);

        Assert.Equal([4], outcome.Split.Test);
        Assert.Equal([4], healthy.Predicted);
        Assert.Equal("/tiny/5.png", Assert.Single(outcome.Failed).Path);
        Assert.All(outcome.Results, r => Assert.Equal(1, r.TestCount));
        Assert.Equal(1.0, outcome.Results[1].Metrics.Accuracy);
        Assert.Equal(["note from broken", "note from healthy"], outcome.Notes);
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

    private sealed class FakeTrainer(string name, int? failing) : IImageClassifierTrainer, IImageClassifier
    {
        public IReadOnlyList<int> Predicted { get; private set; } = [];

        public string FeaturesName => name;

        public string ClassifierName => "truth";

        public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

        public IReadOnlyList<string> ClassNames => Dataset.ClassNames;

        public IPreparedContender Prepare(ImageDataset dataset, DataSplit split)
        {
            var failed = failing is { } item
                ? new Dictionary<int, SkippedImage> { [item] = new SkippedImage(dataset.Items[item].Location.Describe(), "broken") }
                : new Dictionary<int, SkippedImage>();
            return new PreparedContender(new Preparation(0.5, 3, false, failed) { Notes = [$"note from {name}"] }, _ => new TrainedContender(this, Settings));
        }

        public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items)
        {
            Predicted = items;
            return new Predictions(items.Select(i => dataset.Items[i].Label).ToArray(), null, false);
        }

        public void Dispose()
        {
        }
    }
}
