using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class BootstrapEstimatorTests
{
    [Fact]
    public void Given_the_same_seed_When_estimating_twice_Then_the_intervals_are_identical()
    {
        var (truth, predicted) = Simulate(new Random(7), 300, 0.8, 3);

        var first = new BootstrapEstimator(1000, 42).Estimate(truth, predicted, 3);
        var second = new BootstrapEstimator(1000, 42).Estimate(truth, predicted, 3);
        var other = new BootstrapEstimator(1000, 43).Estimate(truth, predicted, 3);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Accuracy, other.Accuracy);
    }

    [Fact]
    public void Given_a_test_set_When_estimating_Then_the_interval_brackets_the_observed_accuracy()
    {
        var (truth, predicted) = Simulate(new Random(3), 400, 0.7, 4);
        var observed = ClassificationMetrics.Compute(truth, predicted, ["a", "b", "c", "d"]);

        var intervals = new BootstrapEstimator(1000, 42).Estimate(truth, predicted, 4);

        Assert.InRange(observed.Accuracy, intervals.Accuracy.Lower, intervals.Accuracy.Upper);
        Assert.InRange(observed.MacroF1, intervals.MacroF1.Lower, intervals.MacroF1.Upper);
        Assert.InRange(intervals.Accuracy.Upper - intervals.Accuracy.Lower, 0.05, 0.13);
    }

    [Fact]
    public void Given_many_simulated_test_sets_When_estimating_Then_about_95_percent_of_intervals_cover_the_true_accuracy()
    {
        const double trueAccuracy = 0.8;
        var random = new Random(11);
        var covered = 0;
        const int trials = 200;
        for (var trial = 0; trial < trials; trial++)
        {
            var (truth, predicted) = Simulate(random, 200, trueAccuracy, 2);
            var interval = new BootstrapEstimator(1000, trial).Estimate(truth, predicted, 2).Accuracy;
            covered += interval.Lower <= trueAccuracy && trueAccuracy <= interval.Upper ? 1 : 0;
        }

        Assert.InRange((double)covered / trials, 0.89, 0.99);
    }

    [Fact]
    public void Given_too_few_resamples_When_creating_Then_the_message_says_what_is_allowed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapEstimator(10, 1));

        Assert.Contains("at least 100", error.Message, StringComparison.Ordinal);
    }

    private static (int[] Truth, int[] Predicted) Simulate(Random random, int n, double accuracy, int classes)
    {
        var truth = new int[n];
        var predicted = new int[n];
        for (var i = 0; i < n; i++)
        {
            truth[i] = random.Next(classes);
            predicted[i] = random.NextDouble() < accuracy ? truth[i] : (truth[i] + 1 + random.Next(classes - 1)) % classes;
        }

        return (truth, predicted);
    }
}
