using ClassicCv.Evaluation;
using ClassicCv.Evaluation.Calibration;

namespace ClassicCv.Core.Tests.Evaluation.Calibration;

public sealed class TemperatureScalingTests
{
    [Fact]
    public void Given_labels_drawn_from_softmax_z_and_logits_2z_When_fitting_Then_the_temperature_is_about_2_and_lowers_the_log_loss()
    {
        var random = new Random(4);
        const int n = 4000, classes = 3;
        var logits = new float[n * classes];
        var truth = new int[n];
        var p = new float[classes];
        for (var i = 0; i < n; i++)
        {
            var z = Enumerable.Range(0, classes).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            ScoreProbabilities.Softmax(z, p);
            var u = random.NextDouble();
            truth[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            for (var k = 0; k < classes; k++)
            {
                logits[(i * classes) + k] = 2 * z[k];
            }
        }

        var t = TemperatureScaling.Fit(truth, logits, classes);

        Assert.InRange(t, 1.8, 2.2);
        Assert.True(ScoreMetrics.LogLoss(truth, TemperatureScaling.Probabilities(logits, classes, t), classes)
            < ScoreMetrics.LogLoss(truth, TemperatureScaling.Probabilities(logits, classes, 1), classes));
    }
}
