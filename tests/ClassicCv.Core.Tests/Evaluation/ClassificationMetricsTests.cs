using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class ClassificationMetricsTests
{
    // Class 2 ("c") is never predicted; class 3 ("d") is absent from the truth but predicted once.
    private static readonly int[] Truth = [0, 0, 0, 1, 1, 2, 2, 2];
    private static readonly int[] Predicted = [0, 0, 1, 1, 3, 0, 1, 1];
    private static readonly string[] Names = ["a", "b", "c", "d"];

    [Fact]
    public void Given_a_class_never_predicted_and_one_absent_When_computing_Then_every_metric_matches_the_hand_computed_value()
    {
        var metrics = ClassificationMetrics.Compute(Truth, Predicted, Names);

        Assert.Equal(3.0 / 8, metrics.Accuracy, 1e-12);
        Assert.Equal(11.0 / 48, metrics.MacroPrecision, 1e-12);
        Assert.Equal(7.0 / 24, metrics.MacroRecall, 1e-12);
        Assert.Equal(1.0 / 4, metrics.MacroF1, 1e-12);
        Assert.Equal(7.0 / 18, metrics.BalancedAccuracy, 1e-12);
        Assert.Equal(7.0 / 47, metrics.CohensKappa, 1e-12);
        Assert.Equal(0, metrics.PerClass[2].Precision);
        Assert.Equal(0, metrics.PerClass[3].Recall);
        Assert.Equal(0, metrics.PerClass[3].Support);
    }

    [Fact]
    public void Given_perfect_predictions_When_computing_Then_kappa_and_balanced_accuracy_are_one()
    {
        var metrics = ClassificationMetrics.Compute([0, 1, 2, 1], [0, 1, 2, 1], ["a", "b", "c"]);

        Assert.Equal(1, metrics.CohensKappa, 1e-12);
        Assert.Equal(1, metrics.BalancedAccuracy, 1e-12);
    }

    [Fact]
    public void Given_a_single_class_predicted_everywhere_When_computing_kappa_Then_it_is_zero()
    {
        var metrics = ClassificationMetrics.Compute([0, 0, 0], [0, 0, 0], ["a", "b"]);

        Assert.Equal(0, metrics.CohensKappa);
    }
}
