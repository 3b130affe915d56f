namespace ClassicCv.Evaluation.Calibration;

/// <summary>A pipeline's calibration on the test split, before and after its calibrator.</summary>
/// <param name="Method">How the probabilities were calibrated (<c>platt</c>, <c>isotonic</c>, <c>temperature</c>), or <c>none</c>.</param>
/// <param name="Before">The metrics of the classifier's own scores read as probabilities (a softmax of margins or logits).</param>
/// <param name="After">The metrics of the calibrated probabilities, or <c>null</c> when nothing was calibrated.</param>
public sealed record CalibrationReport(string Method, CalibrationMetrics Before, CalibrationMetrics? After)
{
    /// <summary>The metrics of the probabilities the pipeline reports (after calibration when there was one).</summary>
    public CalibrationMetrics Final => After ?? Before;
}
