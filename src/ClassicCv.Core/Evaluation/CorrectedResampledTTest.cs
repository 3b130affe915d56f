using MathNet.Numerics.Distributions;

namespace ClassicCv.Evaluation;

/// <summary>
/// Nadeau and Bengio's corrected resampled t-test (Machine Learning 52, 2003) of two classifiers' scores on the same
/// k × r cross-validation folds: with d_j the difference on fold j, d̄ their mean and σ² their sample variance,
/// t = d̄ / √((1/(k·r) + n_test/n_train) · σ²), two-sided, Student's t with k·r − 1 degrees of freedom. The
/// n_test/n_train term corrects the variance for the overlap of the folds' training sets, which the plain paired t-test ignores.
/// </summary>
public static class CorrectedResampledTTest
{
    /// <summary>The test's name, as reports write it.</summary>
    public const string Method = "Nadeau-Bengio corrected resampled t-test";

    /// <summary>Compares <paramref name="reference"/> with <paramref name="other"/>, fold by fold.</summary>
    /// <param name="reference">The reference's score (e.g. accuracy) on every fold.</param>
    /// <param name="other">The other classifier's score on the same folds, in the same order.</param>
    /// <param name="testTrainRatio">n_test / n_train of a fold (for k-fold, about 1 / (k − 1)), &gt; 0.</param>
    public static ResampledTTestResult Compare(IReadOnlyList<double> reference, IReadOnlyList<double> other, double testTrainRatio)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);
        if (reference.Count != other.Count || reference.Count < 2)
        {
            throw new ArgumentException($"Received {reference.Count} and {other.Count} fold scores; expected the same number, at least 2.", nameof(other));
        }

        if (!(testTrainRatio > 0) || double.IsInfinity(testTrainRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(testTrainRatio), testTrainRatio, "n_test / n_train must be a finite number > 0.");
        }

        var n = reference.Count;
        var differences = reference.Select((r, j) => r - other[j]).ToArray();
        var mean = differences.Average();
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        var degrees = n - 1;
        var scale = Math.Sqrt(((1.0 / n) + testTrainRatio) * variance);
        if (scale == 0)
        {
            // Every fold differs by the same amount: no difference at all (p = 1), or a difference with no spread (p = 0).
            return new ResampledTTestResult(mean, 0, mean == 0 ? 0 : double.PositiveInfinity * Math.Sign(mean), degrees, mean == 0 ? 1 : 0, testTrainRatio);
        }

        var t = mean / scale;
        var p = 2 * StudentT.CDF(0, 1, degrees, -Math.Abs(t));
        return new ResampledTTestResult(mean, Math.Sqrt(variance), t, degrees, Math.Min(1, p), testTrainRatio);
    }
}
