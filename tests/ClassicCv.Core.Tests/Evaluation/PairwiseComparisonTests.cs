using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class PairwiseComparisonTests
{
    [Fact]
    public void Given_three_classifiers_When_comparing_against_the_best_Then_each_other_one_is_tested_against_it()
    {
        int[] truth = [0, 1, 0, 1, 0, 1];
        IReadOnlyList<int>[] predictions =
        [
            [0, 1, 1, 0, 0, 1],
            [0, 1, 0, 1, 0, 0],
            [1, 0, 1, 0, 1, 0],
        ];

        var tests = PairwiseComparison.AgainstBest(["weak", "best", "worst"], predictions, truth);

        Assert.Equal(["weak", "worst"], tests.Select(t => t.Pipeline));
        Assert.All(tests, t => Assert.Equal("best", t.Reference));
        Assert.Equal((2, 1), (tests[0].Test.OnlyReferenceCorrect, tests[0].Test.OnlyOtherCorrect));
        Assert.Equal(5.0 / 6 - 4.0 / 6, tests[0].AccuracyGap, 1e-12);
        Assert.Equal((5, 0), (tests[1].Test.OnlyReferenceCorrect, tests[1].Test.OnlyOtherCorrect));
    }
}
