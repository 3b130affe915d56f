using ClassicCv.Evaluation.Calibration;
using ClassicCv.MlNet.Calibration;

namespace ClassicCv.MlNet.Tests.Calibration;

/// <summary><see cref="CalibratorFitter"/>'s score-vector methods: multinomial and temperature, and their saved form.</summary>
public sealed class ScoreVectorCalibratorTests
{
    private const int Classes = 3;

    /// <summary>Labels drawn from softmax(z) for random logits z; the scores the calibrator sees are <paramref name="scale"/>·z + <paramref name="shift"/>.</summary>
    private static (float[] Logits, float[] Scores, int[] Labels) Drawn(int seed, int count, float scale, float[] shift)
    {
        var random = new Random(seed);
        var logits = new float[count * Classes];
        var scores = new float[count * Classes];
        var labels = new int[count];
        var p = new float[Classes];
        for (var i = 0; i < count; i++)
        {
            for (var k = 0; k < Classes; k++)
            {
                logits[(i * Classes) + k] = (float)((random.NextDouble() * 6) - 3);
                scores[(i * Classes) + k] = (scale * logits[(i * Classes) + k]) + shift[k];
            }

            ScoreProbabilities.Softmax(logits.AsSpan(i * Classes, Classes), p);
            var u = random.NextDouble();
            labels[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
        }

        return (logits, scores, labels);
    }

    [Fact]
    public void Given_scores_twice_the_true_logits_When_fitting_temperature_Then_T_is_about_two_and_the_probabilities_are_the_truths()
    {
        var (logits, scores, labels) = Drawn(5, 6000, 2, [0, 0, 0]);

        var calibrator = Assert.IsType<TemperatureCalibrator>(CalibratorFitter.Fit(CalibrationMethod.Temperature, scores, labels, Classes, 1));

        Assert.InRange(calibrator.Temperature, 1.85, 2.15);
        AssertNearTruth(calibrator, logits, scores, 0.03);
    }

    [Fact]
    public void Given_scores_shifted_per_class_When_fitting_multinomial_Then_it_undoes_the_shift_that_one_temperature_cannot()
    {
        var (logits, scores, labels) = Drawn(6, 6000, 0.5f, [2, 0, -2]);

        var multinomial = CalibratorFitter.Fit(CalibrationMethod.Multinomial, scores, labels, Classes, 1);
        var temperature = CalibratorFitter.Fit(CalibrationMethod.Temperature, scores, labels, Classes, 1);

        Assert.Equal("multinomial", multinomial.Method);
        AssertNearTruth(multinomial, logits, scores, 0.04);
        Assert.True(MeanError(temperature, logits, scores) > 0.1, "one temperature cannot undo per-class shifts");
    }

    [Theory]
    [InlineData(CalibrationMethod.Multinomial)]
    [InlineData(CalibrationMethod.Temperature)]
    [InlineData(CalibrationMethod.Platt)]
    public void Given_a_fitted_calibrator_When_written_and_read_as_its_file_Then_it_gives_the_same_probabilities(CalibrationMethod method)
    {
        var (_, scores, labels) = Drawn(7, 300, 1, [0, 1, 0]);
        var fitted = CalibratorFitter.Fit(method, scores, labels, Classes, 1);

        var read = System.Text.Json.JsonSerializer.Deserialize<CalibrationFile>(System.Text.Json.JsonSerializer.Serialize(CalibrationFile.Of(fitted)))!.ToCalibrator("calibration.json");

        Assert.Equal(Apply(fitted, scores), Apply(read, scores));
        Assert.Equal(fitted.Method, read.Method);
    }

    private static void AssertNearTruth(IScoreCalibrator calibrator, float[] logits, float[] scores, double tolerance) =>
        Assert.InRange(MeanError(calibrator, logits, scores), 0, tolerance);

    /// <summary>Mean absolute difference between the calibrated and the true class probabilities.</summary>
    private static double MeanError(IScoreCalibrator calibrator, float[] logits, float[] scores)
    {
        var calibrated = Apply(calibrator, scores);
        var truth = new float[logits.Length];
        for (var i = 0; i < logits.Length / Classes; i++)
        {
            ScoreProbabilities.Softmax(logits.AsSpan(i * Classes, Classes), truth.AsSpan(i * Classes, Classes));
        }

        return calibrated.Zip(truth, (a, b) => Math.Abs(a - b)).Average();
    }

    private static float[] Apply(IScoreCalibrator calibrator, float[] scores)
    {
        var probabilities = new float[scores.Length];
        for (var i = 0; i < scores.Length / Classes; i++)
        {
            calibrator.Calibrate(scores.AsSpan(i * Classes, Classes), probabilities.AsSpan(i * Classes, Classes));
            Assert.Equal(1, probabilities.AsSpan(i * Classes, Classes).ToArray().Sum(), 4);
        }

        return probabilities;
    }
}
