namespace ClassicCv.Evaluation;

/// <summary>The outcome of <see cref="CorrectedResampledTTest"/>.</summary>
/// <param name="MeanDifference">Mean over the folds of reference minus other.</param>
/// <param name="StdDifference">Sample standard deviation (n − 1) of the fold differences.</param>
/// <param name="Statistic">The corrected t statistic (±∞ when every fold differs by the same non-zero amount).</param>
/// <param name="DegreesOfFreedom">Folds × repeats − 1.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="TestTrainRatio">The n_test / n_train of the correction.</param>
public sealed record ResampledTTestResult(double MeanDifference, double StdDifference, double Statistic, int DegreesOfFreedom, double PValue, double TestTrainRatio)
{
    /// <summary>The test's name.</summary>
    public string Method => CorrectedResampledTTest.Method;
}
