namespace ClassicCv.Evaluation.Calibration;

/// <summary>
/// How well probabilities match frequencies. The confidence of an example is the probability given to its predicted
/// class; ECE and MCE bin the examples by confidence into equal-width bins over [0, 1].
/// </summary>
/// <param name="ExpectedCalibrationError">Σ over bins of (bin size / n) × |accuracy − mean confidence| (lower is better, 0 to 1).</param>
/// <param name="MaximumCalibrationError">The largest |accuracy − mean confidence| over non-empty bins (lower is better).</param>
/// <param name="Brier">Mean over examples of Σ_k (p_k − [k = true class])² (lower is better, 0 to 2).</param>
/// <param name="LogLoss">Mean negative log probability of the true class, clipped as <see cref="ScoreMetrics.LogLoss"/> (lower is better).</param>
/// <param name="Bins">The reliability diagram: one entry per bin, empty bins included.</param>
public sealed record CalibrationMetrics(double ExpectedCalibrationError, double MaximumCalibrationError, double Brier, double LogLoss, IReadOnlyList<ReliabilityBin> Bins)
{
    /// <summary>Bins of the expected calibration error, as Guo et al. (2017).</summary>
    public const int DefaultBins = 15;

    /// <summary>Computes the metrics.</summary>
    /// <param name="truth">True class of every example.</param>
    /// <param name="predicted">Predicted class of every example (its probability is the confidence).</param>
    /// <param name="probabilities">Class probabilities, row-major examples × classes.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="bins">Equal-width confidence bins, ≥ 1.</param>
    public static CalibrationMetrics Compute(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, float[] probabilities, int classCount, int bins = DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bins);
        if (predicted.Count != truth.Count)
        {
            throw new ArgumentException($"Received {predicted.Count} predictions for {truth.Count} examples; expected one each.", nameof(predicted));
        }

        var logLoss = ScoreMetrics.LogLoss(truth, probabilities, classCount);
        var count = new int[bins];
        var correct = new int[bins];
        var confidence = new double[bins];
        double brier = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var row = probabilities.AsSpan(i * classCount, classCount);
            for (var k = 0; k < classCount; k++)
            {
                var target = k == truth[i] ? 1.0 : 0.0;
                brier += (row[k] - target) * (row[k] - target);
            }

            var p = Math.Clamp((double)row[predicted[i]], 0, 1);
            var bin = Math.Min(bins - 1, (int)(p * bins));
            count[bin]++;
            confidence[bin] += p;
            correct[bin] += predicted[i] == truth[i] ? 1 : 0;
        }

        var n = Math.Max(1, truth.Count);
        double ece = 0, mce = 0;
        var diagram = new ReliabilityBin[bins];
        for (var b = 0; b < bins; b++)
        {
            var accuracy = count[b] == 0 ? 0 : (double)correct[b] / count[b];
            var mean = count[b] == 0 ? 0 : confidence[b] / count[b];
            diagram[b] = new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, count[b], mean, accuracy);
            if (count[b] > 0)
            {
                var gap = Math.Abs(accuracy - mean);
                ece += (double)count[b] / n * gap;
                mce = Math.Max(mce, gap);
            }
        }

        return new CalibrationMetrics(ece, mce, truth.Count == 0 ? 0 : brier / truth.Count, logLoss, diagram);
    }
}
