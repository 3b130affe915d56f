namespace ClassicCv.MlNet.Calibration;

/// <summary>A fitted map from one example's per-class scores to its class probabilities (summing to 1).</summary>
public interface IScoreCalibrator
{
    /// <summary>The method's name for reports: <c>platt</c>, <c>isotonic</c>, <c>multinomial</c> or <c>temperature</c>.</summary>
    string Method { get; }

    /// <summary>The class probabilities of one example.</summary>
    /// <param name="scores">The classifier's scores, one per class.</param>
    /// <param name="probabilities">Receives one probability per class; may be the same span as <paramref name="scores"/>.</param>
    void Calibrate(ReadOnlySpan<float> scores, Span<float> probabilities);
}
