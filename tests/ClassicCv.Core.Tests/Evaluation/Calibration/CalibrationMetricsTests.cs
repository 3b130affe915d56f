using ClassicCv.Evaluation.Calibration;

namespace ClassicCv.Core.Tests.Evaluation.Calibration;

public sealed class CalibrationMetricsTests
{
    [Fact]
    public void Given_four_examples_in_four_bins_When_computing_Then_ece_mce_and_brier_match_the_hand_computed_values()
    {
        // Confidences 0.9 (right), 0.8 (wrong), 0.7 (right), 0.6 (wrong): gaps 0.1, 0.8, 0.3, 0.6, one example per bin.
        float[] p = [0.9f, 0.1f, 0.8f, 0.2f, 0.3f, 0.7f, 0.4f, 0.6f];
        int[] truth = [0, 1, 1, 0];
        int[] predicted = [0, 0, 1, 1];

        var m = CalibrationMetrics.Compute(truth, predicted, p, 2);

        Assert.Equal((0.1 + 0.8 + 0.3 + 0.6) / 4, m.ExpectedCalibrationError, 6);
        Assert.Equal(0.8, m.MaximumCalibrationError, 6);
        // Brier: (0.01 + 0.01) + (0.64 + 0.64) + (0.09 + 0.09) + (0.36 + 0.36) = 2.2, over 4 examples.
        Assert.Equal(0.55, m.Brier, 6);
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.2) + Math.Log(0.7) + Math.Log(0.4)) / 4, m.LogLoss, 6);
        Assert.Equal(15, m.Bins.Count);
        Assert.Equal(4, m.Bins.Sum(b => b.Count));
        Assert.Equal(1, m.Bins[13].Count);
    }

    [Fact]
    public void Given_two_examples_in_one_bin_When_computing_Then_the_bin_compares_their_mean_confidence_with_their_accuracy()
    {
        float[] p = [0.95f, 0.05f, 0.97f, 0.03f];

        var m = CalibrationMetrics.Compute([0, 1], [0, 0], p, 2);

        Assert.Equal(Math.Abs(0.5 - 0.96), m.ExpectedCalibrationError, 6);
        Assert.Equal(2, m.Bins[14].Count);
        Assert.Equal(0.5, m.Bins[14].Accuracy, 12);
    }

    [Fact]
    public void Given_perfect_confident_predictions_When_computing_Then_every_error_is_zero()
    {
        var m = CalibrationMetrics.Compute([0, 1, 2], [0, 1, 2], [1, 0, 0, 0, 1, 0, 0, 0, 1], 3);

        Assert.Equal(0, m.ExpectedCalibrationError, 12);
        Assert.Equal(0, m.Brier, 12);
    }
}
