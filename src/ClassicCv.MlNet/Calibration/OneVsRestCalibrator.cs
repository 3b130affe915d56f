using ClassicCv.Evaluation.Calibration;

namespace ClassicCv.MlNet.Calibration;

/// <summary>One binary calibrator per class (that class against the rest: Platt or isotonic), renormalised to sum to 1.</summary>
/// <param name="Method"><c>platt</c> or <c>isotonic</c>.</param>
/// <param name="Classes">One calibrator per class.</param>
public sealed record OneVsRestCalibrator(string Method, IReadOnlyList<ClassCalibrator> Classes) : IScoreCalibrator
{
    /// <inheritdoc />
    public void Calibrate(ReadOnlySpan<float> scores, Span<float> probabilities)
    {
        for (var k = 0; k < Classes.Count; k++)
        {
            probabilities[k] = Classes[k].Probability(scores[k]);
        }

        ScoreProbabilities.Normalise(probabilities, probabilities);
    }
}
