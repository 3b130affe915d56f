using ClassicCv.Evaluation;

namespace ClassicCv.Studies.Robustness;

/// <summary>One pipeline's accuracy on the test images under one corruption at one severity.</summary>
/// <param name="Pipeline">The pipeline's name (<c>features/classifier</c>).</param>
/// <param name="Corruption">The corruption's name (e.g. <c>gaussian-noise</c>).</param>
/// <param name="Severity">Severity, 1 to 5.</param>
/// <param name="Accuracy">Accuracy on the corrupted images, in [0, 1].</param>
/// <param name="AccuracyInterval">Percentile-bootstrap interval of <paramref name="Accuracy"/>.</param>
/// <param name="CleanAccuracy">The same pipeline's accuracy on the same images uncorrupted.</param>
/// <param name="VersusClean">McNemar's test of the corrupted predictions (other) against the clean ones (reference).</param>
public sealed record CorruptionResult(string Pipeline, string Corruption, int Severity, double Accuracy, ConfidenceInterval AccuracyInterval, double CleanAccuracy, McNemarResult VersusClean)
{
    /// <summary>Clean accuracy minus corrupted accuracy (positive when the corruption hurts).</summary>
    public double Drop => CleanAccuracy - Accuracy;
}
