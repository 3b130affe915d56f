using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.Studies.Slices;

namespace ClassicCv.Core.Tests.Studies.Slices;

public sealed class SliceStudyTests
{
    [Fact]
    public void Given_raw_p_values_When_holm_correcting_Then_the_step_down_values_are_exact()
    {
        var adjusted = SliceStudy.Holm([0.01, 0.04, 0.03, 0.5]);

        Assert.Equal([0.04, 0.09, 0.09, 0.5], adjusted.Select(p => Math.Round(p, 10)));
    }

    [Fact]
    public void Given_a_slice_with_2_of_5_right_and_a_rest_with_9_of_10_When_measuring_Then_p_is_the_hand_computed_fisher_tail()
    {
        // P(X <= 2) for X ~ Hypergeometric(N = 15, K = 11 correct, n = 5): (C(11,1)C(4,4) + C(11,2)C(4,3)) / C(15,5) = 231/3003 = 1/13.
        var truth = Enumerable.Repeat(0, 15).ToArray();
        var predicted = new[] { 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
        var values = Enumerable.Range(0, 15).Select(i => i < 5 ? "x" : "y").ToArray();
        var pipeline = new PipelineResult
        {
            Features = "f",
            Classifier = "c",
            Settings = new Dictionary<string, string>(),
            TrainCount = 1,
            TestCount = 15,
            FeatureLength = 1,
            Metrics = ClassificationMetrics.Compute(truth, predicted, ["a", "b"]),
            ExtractSeconds = 0,
            FeaturesFromCache = false,
            TrainSeconds = 0,
            PredictSeconds = 0,
            TestPredictions = new Predictions(predicted, null, false),
        };

        var report = SliceStudy.Run("site", values, truth, [pipeline], ["a", "b"], new EvaluationOptions(3));

        var x = report.Results.Single(r => r.Value == "x");
        Assert.Equal(1.0 / 13, x.PValue, 1e-9);
        Assert.Equal(0.4, x.Accuracy, 1e-12);
        Assert.Equal(0.9, x.RestAccuracy, 1e-12);
        Assert.Equal(Math.Min(1, 2.0 / 13), x.HolmPValue, 1e-9);
        Assert.False(x.SignificantlyBelow);
        Assert.True(x.AccuracyCi.Lower <= 0.4 && 0.4 <= x.AccuracyCi.Upper);
        Assert.True(report.Results.Single(r => r.Value == "y").PValue > 0.9);
    }
}
