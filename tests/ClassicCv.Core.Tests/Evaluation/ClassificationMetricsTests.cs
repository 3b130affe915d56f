using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class ClassificationMetricsTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Given_a_hand_computed_case_When_computing_Then_every_metric_matches()
    {
        // truth:     0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        // class 0: tp 2, predicted 2, support 3 → P 1, R 2/3, F1 0.8
        // class 1: tp 1, predicted 2, support 2 → P 1/2, R 1/2, F1 1/2
        // class 2: tp 1, predicted 2, support 1 → P 1/2, R 1, F1 2/3
        var metrics = ClassificationMetrics.Compute([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2], ["a", "b", "c"]);

        Assert.Equal(4.0 / 6, metrics.Accuracy, Tolerance);
        Assert.Equal((1 + 0.5 + 0.5) / 3, metrics.MacroPrecision, Tolerance);
        Assert.Equal((2.0 / 3 + 0.5 + 1) / 3, metrics.MacroRecall, Tolerance);
        Assert.Equal((0.8 + 0.5 + 2.0 / 3) / 3, metrics.MacroF1, Tolerance);
        Assert.Equal(((0.8 * 3) + (0.5 * 2) + (2.0 / 3)) / 6, metrics.WeightedF1, Tolerance);
        Assert.Equal(new ClassMetrics(1, "b", 0.5, 0.5, 0.5, 2), metrics.PerClass[1]);
        Assert.Equal(1, metrics.Confusion[1, 2]);
        Assert.Equal(4, metrics.Confusion.Correct);
    }

    [Fact]
    public void Given_a_class_never_predicted_When_computing_Then_its_precision_and_f1_are_zero()
    {
        var metrics = ClassificationMetrics.Compute([0, 1, 1], [0, 0, 0], ["a", "b"]);

        Assert.Equal(0, metrics.PerClass[1].Precision);
        Assert.Equal(0, metrics.PerClass[1].Recall);
        Assert.Equal(0, metrics.PerClass[1].F1);
        Assert.Equal(1.0 / 3, metrics.PerClass[0].Precision, Tolerance);
        Assert.Equal((0.5 + 0) / 2, metrics.MacroF1, Tolerance);
    }

    [Fact]
    public void Given_a_class_absent_from_truth_and_predictions_When_computing_Then_macro_averages_ignore_it()
    {
        var metrics = ClassificationMetrics.Compute([0, 1], [0, 1], ["a", "b", "absent"]);

        Assert.Equal(1.0, metrics.MacroF1, Tolerance);
        Assert.Equal(0, metrics.PerClass[2].Support);
        Assert.Equal(1.0, metrics.WeightedF1, Tolerance);
    }

    [Fact]
    public void Given_lengths_that_differ_When_computing_Then_the_error_gives_both()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Compute([0, 1], [0], ["a", "b"]));
        Assert.Contains("2 true labels but 1 predictions", error.Message, StringComparison.Ordinal);
    }

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
