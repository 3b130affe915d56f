namespace ClassicCv.Evaluation;

/// <summary>
/// Percentile bootstrap of accuracy and macro-F1: the test set is resampled with replacement, the metrics are
/// recomputed on each resample, and the interval is read off the empirical quantiles. Deterministic for a seed.
/// </summary>
public sealed class BootstrapEstimator
{
    /// <summary>Creates an estimator.</summary>
    /// <param name="resamples">Number of resamples; at least 100 (1000 or more for a 95% interval).</param>
    /// <param name="seed">Seed of the resampling (the run's seed).</param>
    /// <param name="level">Coverage, strictly between 0 and 1 (0.95 for a 95% interval).</param>
    public BootstrapEstimator(int resamples, int seed, double level = 0.95)
    {
        if (resamples < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "Expected at least 100 bootstrap resamples.");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a coverage strictly between 0 and 1.");
        }

        Resamples = resamples;
        Seed = seed;
        Level = level;
    }

    /// <summary>Number of resamples.</summary>
    public int Resamples { get; }

    /// <summary>Seed of the resampling.</summary>
    public int Seed { get; }

    /// <summary>Coverage of the intervals.</summary>
    public double Level { get; }

    /// <summary>Computes the intervals.</summary>
    /// <param name="truth">True class of every test example.</param>
    /// <param name="predicted">Predicted class of every test example (same length).</param>
    /// <param name="classCount">Number of classes.</param>
    public BootstrapIntervals Estimate(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int classCount)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"Received {truth.Count} true labels but {predicted.Count} predictions; expected equal counts.", nameof(predicted));
        }

        var n = truth.Count;
        var accuracies = new double[Resamples];
        var macroF1s = new double[Resamples];
        if (n > 0)
        {
            var random = new Random(Seed);
            var tp = new int[classCount];
            var support = new int[classCount];
            var predictedCount = new int[classCount];
            for (var r = 0; r < Resamples; r++)
            {
                Array.Clear(tp);
                Array.Clear(support);
                Array.Clear(predictedCount);
                for (var i = 0; i < n; i++)
                {
                    var pick = random.Next(n);
                    support[truth[pick]]++;
                    predictedCount[predicted[pick]]++;
                    if (truth[pick] == predicted[pick])
                    {
                        tp[truth[pick]]++;
                    }
                }

                accuracies[r] = (double)tp.Sum() / n;
                macroF1s[r] = MacroF1(tp, support, predictedCount);
            }
        }

        return new BootstrapIntervals(Interval(accuracies), Interval(macroF1s), Resamples, Seed);
    }

    private static double MacroF1(int[] tp, int[] support, int[] predictedCount)
    {
        double sum = 0;
        var present = 0;
        for (var c = 0; c < tp.Length; c++)
        {
            if (support[c] == 0 && predictedCount[c] == 0)
            {
                continue;
            }

            present++;
            var precision = predictedCount[c] == 0 ? 0 : (double)tp[c] / predictedCount[c];
            var recall = support[c] == 0 ? 0 : (double)tp[c] / support[c];
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return present == 0 ? 0 : sum / present;
    }

    private ConfidenceInterval Interval(double[] values)
    {
        Array.Sort(values);
        var alpha = (1 - Level) / 2;
        return new ConfidenceInterval(Quantile(values, alpha), Quantile(values, 1 - alpha), Level);
    }

    /// <summary>Linear interpolation between order statistics (numpy's default quantile).</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
