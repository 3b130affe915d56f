using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class ConfusedPairsTests
{
    [Fact]
    public void Given_a_confusion_matrix_When_taking_the_top_pairs_Then_they_come_most_frequent_first_with_shares()
    {
        var confusion = new ConfusionMatrix([0, 0, 0, 1, 1, 1, 1, 2], [1, 1, 0, 2, 0, 2, 2, 2], 3);

        var pairs = ConfusedPairs.Top(confusion, ["a", "b", "c"], 2);

        Assert.Equal(2, pairs.Count);
        Assert.Equal(("b", "c", 3), (pairs[0].TrueName, pairs[0].PredictedName, pairs[0].Count));
        Assert.Equal(0.75, pairs[0].ShareOfTrue, 1e-12);
        Assert.Equal(("a", "b", 2), (pairs[1].TrueName, pairs[1].PredictedName, pairs[1].Count));
    }
}
