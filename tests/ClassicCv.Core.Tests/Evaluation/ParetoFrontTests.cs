using ClassicCv.Evaluation;

namespace ClassicCv.Core.Tests.Evaluation;

public sealed class ParetoFrontTests
{
    [Fact]
    public void Given_points_When_finding_the_front_Then_dominated_points_are_left_out_cheapest_first()
    {
        double[] costs = [5, 1, 3, 2, 3];
        double[] scores = [0.99, 0.80, 0.95, 0.70, 0.90];

        var front = ParetoFront.Indices(costs, scores);

        Assert.Equal([1, 2, 0], front);
    }
}
