using ClassicCv.MlNet.Calibration;
using Microsoft.ML;
using Microsoft.ML.Calibrators;

namespace ClassicCv.MlNet.Tests.Calibration;

public sealed class CalibratorFitterTests
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float Score { get; set; }
    }

    private static (float[] Scores, bool[] Positive) Noisy(int seed)
    {
        var random = new Random(seed);
        var scores = new float[400];
        var positive = new bool[400];
        for (var i = 0; i < scores.Length; i++)
        {
            positive[i] = i % 2 == 0;
            scores[i] = (float)((positive[i] ? 1 : -1) + (random.NextDouble() * 3) - 1.5);
        }

        return (scores, positive);
    }

    [Theory]
    [InlineData(CalibrationMethod.Platt)]
    [InlineData(CalibrationMethod.Isotonic)]
    public void Given_noisy_scores_When_fitting_Then_the_saved_function_gives_mlnets_own_probabilities(CalibrationMethod method)
    {
        var (scores, positive) = Noisy(3);
        var context = new MLContext(11);
        var data = context.Data.LoadFromEnumerable(scores.Select((s, i) => new Row { Label = positive[i], Score = s }));
        ICalibrator reference = method == CalibrationMethod.Platt
            ? ((ISingleFeaturePredictionTransformer<PlattCalibrator>)context.BinaryClassification.Calibrators.Platt().Fit(data)).Model
            : ((ISingleFeaturePredictionTransformer<IsotonicCalibrator>)context.BinaryClassification.Calibrators.Isotonic().Fit(data)).Model;

        var fitted = CalibratorFitter.Fit(method, scores, positive, 11);

        foreach (var score in scores.Concat([-10f, -2.25f, 0f, 0.123f, 2.5f, 10f]))
        {
            Assert.Equal(reference.PredictProbability(score), fitted.Probability(score), 5);
        }

        Assert.True(fitted.Probability(3) > fitted.Probability(-3));
    }

    [Fact]
    public void Given_a_class_without_positives_When_fitting_Then_its_probability_is_zero()
    {
        var fitted = CalibratorFitter.Fit(CalibrationMethod.Platt, [1f, 2f, 3f], [false, false, false], 1);

        Assert.Equal(0, fitted.Probability(5));
    }
}
