using ClassicCv.Features;
using ClassicCv.Learning.Selection;

namespace ClassicCv.Core.Tests.Learning.Selection;

public sealed class GridSearchLearnerTests
{
    private static (FeatureMatrix Features, int[] Labels) Data()
    {
        var random = new Random(11);
        var features = new FeatureMatrix(100, 1);
        var labels = new int[100];
        for (var i = 0; i < 100; i++)
        {
            var x = (float)random.NextDouble();
            features.Row(i)[0] = x;
            labels[i] = x > 0.5f ? 1 : 0;
        }

        return (features, labels);
    }

    [Fact]
    public void Given_a_grid_with_the_true_threshold_When_searching_Then_it_is_chosen_with_perfect_cv_accuracy()
    {
        var (features, labels) = Data();
        var disposed = new List<string>();
        var learner = new GridSearchLearner(
            [new ThresholdLearner(0.1f, disposed), new ThresholdLearner(0.5f, disposed), new ThresholdLearner(0.9f, disposed)],
            new KFold(new StratifiedIndexSampler(1), 4),
            parallelism: 2);

        using var model = Assert.IsType<SelectedModel>(learner.Learn(features, labels, 2));

        Assert.Equal(1, model.Selection.BestIndex);
        Assert.Equal("0.5", model.Selection.Best.Hyperparameters["t"]);
        Assert.False(model.Selection.Best.Hyperparameters.ContainsKey("kind"));
        Assert.Equal(1.0, model.Selection.Best.MeanAccuracy, 12);
        Assert.Equal(0.0, model.Selection.Best.StdAccuracy, 12);
        Assert.True(model.Selection.Points[0].MeanAccuracy < 1.0);
        Assert.Equal(4, model.Selection.Points[2].FoldAccuracies.Count);
        Assert.Equal(labels, model.Predict(features).Labels);
        Assert.Equal(12, disposed.Count);
    }

    [Fact]
    public void Given_fold_accuracies_When_summarising_Then_std_is_the_population_deviation()
    {
        var point = new GridPointResult(new Dictionary<string, string>(), [0.8, 1.0]);

        Assert.Equal(0.9, point.MeanAccuracy, 12);
        Assert.Equal(0.1, point.StdAccuracy, 12);
    }

    [Fact]
    public void Given_the_grid_When_reading_hyperparameters_Then_each_lists_its_values()
    {
        var learner = new GridSearchLearner([new ThresholdLearner(0.1f, []), new ThresholdLearner(0.5f, [])], new KFold(new StratifiedIndexSampler(1), 3), 1);

        Assert.Equal("0.1|0.5", learner.Hyperparameters["t"]);
        Assert.Equal("3-fold stratified", learner.Hyperparameters["cv"]);
    }
}
