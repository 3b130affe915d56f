using ClassicCv.Evaluation;
using ClassicCv.Studies.Robustness;

namespace ClassicCv.Core.Tests.Studies.Robustness;

public sealed class RobustnessStatisticsTests
{
    [Fact]
    public void Given_two_pipelines_When_computing_Then_drops_McNemar_and_the_most_robust_follow_the_counts()
    {
        int[] truth = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
        var sturdy = new CorruptedPredictions("sturdy", truth, [truth, [0, 1, 0, 1, 0, 1, 0, 1, 1, 0]]);
        var fragile = new CorruptedPredictions("fragile", truth, [[1, 0, 1, 0, 0, 1, 0, 1, 0, 1], [1, 0, 1, 0, 1, 0, 0, 1, 0, 1]]);

        var report = RobustnessStatistics.Compute(truth, Enumerable.Range(100, 10).ToArray(), [("noise", 1), ("noise", 5)], [fragile, sturdy], 2, new EvaluationOptions(1, 200), []);

        Assert.Equal("sturdy", report.MostRobust);
        Assert.Equal(0.9, report.Pipelines[0].MeanCorruptionAccuracy, 12);       // (10 + 8) / 20
        Assert.Equal(0.5, report.Pipelines[1].MeanCorruptionAccuracy, 12);       // (6 + 4) / 20
        var fragileSevere = report.Results.Single(r => r.Pipeline == "fragile" && r.Severity == 5);
        Assert.Equal(0.6, fragileSevere.Drop, 12);
        Assert.Equal(6, fragileSevere.VersusClean.OnlyReferenceCorrect);
        Assert.Equal(0, fragileSevere.VersusClean.OnlyOtherCorrect);
        Assert.Equal(2 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5, fragileSevere.VersusClean.PValue, 12);    // exact binomial, 6 of 6
        var versus = report.Pipelines[1].VersusMostRobust!;
        Assert.Equal((10, 2), (versus.OnlyReferenceCorrect, versus.OnlyOtherCorrect));     // pooled over both conditions
        Assert.InRange(0.9, report.Pipelines[0].MeanCorruptionInterval.Lower, report.Pipelines[0].MeanCorruptionInterval.Upper);
    }
}
