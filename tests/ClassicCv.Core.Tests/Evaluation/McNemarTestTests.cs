using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class McNemarTestTests
{
    [Fact]
    public void Given_the_textbook_table_b6_c16_When_testing_Then_the_exact_binomial_p_value_matches()
    {
        // 2 × P(X ≤ 6), X ~ Binomial(22, ½) = 0.0524787902832031 (scipy.stats.binomtest(6, 22)).
        var result = McNemarTest.FromDiscordant(6, 16);

        Assert.Equal("exact-binomial", result.Method);
        Assert.Equal(0.052478790283203125, result.PValue, 1e-10);
        Assert.Equal(81.0 / 22, result.Statistic, 1e-12);
    }

    [Fact]
    public void Given_many_discordant_pairs_When_testing_Then_the_continuity_corrected_chi_square_is_used()
    {
        // (|10 − 30| − 1)² / 40 = 9.025; scipy.stats.chi2.sf(9.025, 1) = 0.002663119259138558.
        var result = McNemarTest.FromDiscordant(10, 30);

        Assert.Equal("chi-square", result.Method);
        Assert.Equal(9.025, result.Statistic, 1e-12);
        Assert.Equal(0.002663119259138558, result.PValue, 1e-12);
    }

    [Fact]
    public void Given_a_huge_difference_When_testing_Then_the_p_value_is_tiny_but_not_zero()
    {
        // scipy.stats.chi2.sf(106² / 121, 1) = 5.614157056163653e-22.
        var result = McNemarTest.FromDiscordant(114, 7);

        Assert.Equal(5.614157056163653e-22, result.PValue, 1e-30);
    }

    [Fact]
    public void Given_outcomes_per_example_When_comparing_Then_only_discordant_examples_are_counted()
    {
        bool[] reference = [true, true, true, false, false, true];
        bool[] other = [true, false, false, true, false, true];

        var result = McNemarTest.Compare(reference, other);

        Assert.Equal(2, result.OnlyReferenceCorrect);
        Assert.Equal(1, result.OnlyOtherCorrect);
        Assert.Equal(1.0, result.PValue, 1e-12);
    }

    [Fact]
    public void Given_no_discordant_pair_When_testing_Then_p_is_one()
    {
        Assert.Equal(1, McNemarTest.FromDiscordant(0, 0).PValue);
    }
}
