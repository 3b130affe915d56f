using ClassicCv.Evaluation;

namespace ClassicCv.Studies.Robustness;

/// <summary>One pipeline's robustness over every corruption and severity measured.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="CleanAccuracy">Accuracy on the uncorrupted study images.</param>
/// <param name="MeanCorruptionAccuracy">Mean of the accuracies over every corruption × severity (CIFAR-10-C's "mCA").</param>
/// <param name="MeanCorruptionInterval">Percentile-bootstrap interval of the mean corruption accuracy (images resampled, every condition kept).</param>
/// <param name="VersusMostRobust">
/// McNemar's test against the pipeline with the highest mean corruption accuracy (reference), on every (image,
/// corruption, severity) case pooled; <c>null</c> for that pipeline itself.
/// </param>
public sealed record PipelineRobustness(string Pipeline, double CleanAccuracy, double MeanCorruptionAccuracy, ConfidenceInterval MeanCorruptionInterval, McNemarResult? VersusMostRobust)
{
    /// <summary>Clean accuracy minus mean corruption accuracy.</summary>
    public double MeanDrop => CleanAccuracy - MeanCorruptionAccuracy;
}
