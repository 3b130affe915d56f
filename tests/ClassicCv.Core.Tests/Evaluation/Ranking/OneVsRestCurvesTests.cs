using ClassicCv.Evaluation.Ranking;

namespace ClassicCv.Core.Tests.Evaluation.Ranking;

public sealed class OneVsRestCurvesTests
{
    [Fact]
    public void Given_scikit_learns_documented_example_When_computing_Then_auc_is_0_75_and_average_precision_0_8333()
    {
        // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75; average_precision_score(...) = 0.8333...
        var curves = BinaryCurves.Compute(1, [0.1f, 0.4f, 0.35f, 0.8f], [false, false, true, true]);

        Assert.Equal(0.75, curves.RocAuc, 12);
        Assert.Equal(5.0 / 6, curves.AveragePrecision, 12);
        Assert.Equal(new CurvePoint(1, 1), curves.Roc[^1]);
    }

    [Fact]
    public void Given_tied_scores_When_computing_Then_the_tie_counts_half_as_a_diagonal()
    {
        var curves = BinaryCurves.Compute(0, [0.5f, 0.5f, 0.5f, 0.5f], [false, true, false, true]);

        Assert.Equal(0.5, curves.RocAuc, 12);
        Assert.Equal(0.5, curves.AveragePrecision, 12);
        Assert.Equal(2, curves.Roc.Count);
    }

    [Fact]
    public void Given_three_classes_When_computing_one_vs_rest_Then_perfect_classes_get_1_and_the_macro_averages_them()
    {
        // Class 0 and 1 are ranked perfectly; class 2's scores are inverted (AUC 0; positives found 5th and 6th: AP = (1/2)(1/5) + (1/2)(2/6)).
        float[] scores =
        [
            0.9f, 0.05f, 0.6f,
            0.8f, 0.1f, 0.5f,
            0.05f, 0.9f, 0.4f,
            0.1f, 0.8f, 0.3f,
            0.3f, 0.3f, 0.1f,
            0.2f, 0.2f, 0.2f,
        ];
        int[] truth = [0, 0, 1, 1, 2, 2];

        var curves = OneVsRestCurves.Compute(truth, scores, 3);

        Assert.Equal(1, curves.Classes[0].RocAuc, 12);
        Assert.Equal(1, curves.Classes[1].RocAuc, 12);
        Assert.Equal(0, curves.Classes[2].RocAuc, 12);
        Assert.Equal(2.0 / 3, curves.MacroRocAuc, 12);
        Assert.Equal((0.5 / 5) + (0.5 * 2 / 6), curves.Classes[2].AveragePrecision, 12);
        Assert.Equal((1 + 1 + curves.Classes[2].AveragePrecision) / 3, curves.MacroAveragePrecision, 12);
    }
}
