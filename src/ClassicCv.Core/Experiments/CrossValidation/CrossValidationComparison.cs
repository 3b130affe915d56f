using ClassicCv.Evaluation;

namespace ClassicCv.Experiments.CrossValidation;

/// <summary>A pipeline compared with the one of highest mean accuracy, fold by fold.</summary>
/// <param name="Reference">The best pipeline (highest mean fold accuracy; the first on ties).</param>
/// <param name="Pipeline">The pipeline compared with it.</param>
/// <param name="ReferenceAccuracy">The reference's mean fold accuracy.</param>
/// <param name="PipelineAccuracy">The pipeline's mean fold accuracy.</param>
/// <param name="Test">The corrected resampled t-test on the fold accuracies.</param>
public sealed record CrossValidationComparison(string Reference, string Pipeline, double ReferenceAccuracy, double PipelineAccuracy, ResampledTTestResult Test)
{
    /// <summary>Reference minus pipeline mean accuracy.</summary>
    public double AccuracyGap => ReferenceAccuracy - PipelineAccuracy;
}
