namespace ClassicCv.Evaluation.Calibration;

/// <summary>One confidence bin of a reliability diagram.</summary>
/// <param name="Lower">Lower edge of the bin (inclusive).</param>
/// <param name="Upper">Upper edge (exclusive, except 1 for the last bin).</param>
/// <param name="Count">Examples whose confidence falls in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence (0 when empty).</param>
/// <param name="Accuracy">Share of them predicted correctly (0 when empty).</param>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
