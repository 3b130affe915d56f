namespace ClassicCv.Evaluation;

/// <summary>A pipeline compared with the best one on the same test examples.</summary>
/// <param name="Reference">Name of the best pipeline (highest accuracy).</param>
/// <param name="Pipeline">Name of the pipeline compared with it.</param>
/// <param name="ReferenceAccuracy">Accuracy of the reference.</param>
/// <param name="PipelineAccuracy">Accuracy of the pipeline.</param>
/// <param name="Test">McNemar's test of the two.</param>
public sealed record PairwiseTest(string Reference, string Pipeline, double ReferenceAccuracy, double PipelineAccuracy, McNemarResult Test)
{
    /// <summary>Reference accuracy minus pipeline accuracy (0 or positive, since the reference is the best).</summary>
    public double AccuracyGap => ReferenceAccuracy - PipelineAccuracy;
}
