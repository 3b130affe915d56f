using ClassicCv.Evaluation.Calibration;

namespace ClassicCv.MlNet.Calibration;

/// <summary>softmax(s / T) with one temperature T fitted on held-out scores (<see cref="TemperatureScaling"/>).</summary>
/// <param name="Temperature">The temperature, &gt; 0.</param>
public sealed record TemperatureCalibrator(double Temperature) : IScoreCalibrator
{
    /// <inheritdoc />
    public string Method => "temperature";

    /// <inheritdoc />
    public void Calibrate(ReadOnlySpan<float> scores, Span<float> probabilities)
    {
        Span<float> scaled = stackalloc float[scores.Length];
        for (var k = 0; k < scores.Length; k++)
        {
            scaled[k] = float.IsFinite(scores[k]) ? (float)(scores[k] / Temperature) : float.NegativeInfinity;
        }

        ScoreProbabilities.Softmax(scaled, probabilities);
    }
}
