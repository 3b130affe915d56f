using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class CorrectedResampledTTestTests
{
    [Fact]
    public void Given_six_fold_accuracies_When_compared_Then_t_and_p_match_the_hand_computation()
    {
        // d = (0.05, 0, 0.05, 0.05, 0.10, 0.02): mean 0.045, sample sd 0.0339116499;
        // t = 0.045 / √((1/6 + 0.25) · 0.0339116499²) = 2.0557448666; two-sided p with 5 df (scipy.stats.t.sf) = 0.0949459538.
        var result = CorrectedResampledTTest.Compare([0.90, 0.80, 0.85, 0.95, 0.90, 0.88], [0.85, 0.80, 0.80, 0.90, 0.80, 0.86], testTrainRatio: 0.25);

        Assert.Equal(0.045, result.MeanDifference, 1e-12);
        Assert.Equal(0.033911649915626334, result.StdDifference, 1e-12);
        Assert.Equal(2.0557448665925784, result.Statistic, 1e-9);
        Assert.Equal(5, result.DegreesOfFreedom);
        Assert.Equal(0.09494595381745377, result.PValue, 1e-7);
        Assert.Equal("Nadeau-Bengio corrected resampled t-test", result.Method);
    }

    [Fact]
    public void Given_the_correction_When_the_test_share_grows_Then_the_same_differences_are_less_significant()
    {
        double[] a = [0.90, 0.80, 0.85, 0.95, 0.90, 0.88];
        double[] b = [0.85, 0.80, 0.80, 0.90, 0.80, 0.86];

        Assert.True(CorrectedResampledTTest.Compare(a, b, 1.0).PValue > CorrectedResampledTTest.Compare(a, b, 0.1).PValue);
    }

    [Fact]
    public void Given_identical_fold_scores_Then_p_is_one_and_a_constant_gap_gives_p_zero()
    {
        Assert.Equal(1, CorrectedResampledTTest.Compare([0.8, 0.9, 0.7], [0.8, 0.9, 0.7], 0.5).PValue);
        Assert.Equal(0, CorrectedResampledTTest.Compare([0.75, 0.5, 0.25], [0.5, 0.25, 0.0], 0.5).PValue);
    }

    [Fact]
    public void Given_one_fold_or_mismatched_lists_Then_it_refuses()
    {
        Assert.Throws<ArgumentException>(() => CorrectedResampledTTest.Compare([0.8], [0.7], 0.5));
        Assert.Throws<ArgumentException>(() => CorrectedResampledTTest.Compare([0.8, 0.9], [0.7], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorrectedResampledTTest.Compare([0.8, 0.9], [0.7, 0.8], 0));
    }
}
