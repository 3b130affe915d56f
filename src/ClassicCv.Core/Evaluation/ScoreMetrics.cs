namespace ClassicCv.Evaluation;

/// <summary>Metrics that need per-class scores rather than only the predicted class.</summary>
public static class ScoreMetrics
{
    /// <summary>Probability floor of <see cref="LogLoss"/>, as scikit-learn's.</summary>
    public const double Epsilon = 1e-15;

    /// <summary>
    /// Share of examples whose true class is among the <paramref name="k"/> highest-scored classes. A class counts as
    /// in the top k when fewer than k classes score strictly higher (ties favour the true class).
    /// </summary>
    /// <param name="truth">True class of every example.</param>
    /// <param name="scores">Scores, row-major examples × classes, higher meaning more likely.</param>
    /// <param name="classCount">Number of classes (row width).</param>
    /// <param name="k">How many top classes count, from 1 to <paramref name="classCount"/>.</param>
    public static double TopKAccuracy(IReadOnlyList<int> truth, float[] scores, int classCount, int k)
    {
        Validate(truth, scores, classCount);
        if (k < 1 || k > classCount)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Expected k from 1 to the class count {classCount}.");
        }

        if (truth.Count == 0)
        {
            return 0;
        }

        var hits = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var row = scores.AsSpan(i * classCount, classCount);
            var own = row[truth[i]];
            var higher = 0;
            foreach (var score in row)
            {
                if (score > own)
                {
                    higher++;
                }
            }

            if (higher < k)
            {
                hits++;
            }
        }

        return (double)hits / truth.Count;
    }

    /// <summary>
    /// Mean negative natural log of the probability given to the true class (lower is better). Each row is
    /// renormalised to sum to 1 and probabilities are clipped to [<see cref="Epsilon"/>, 1 − ε], as scikit-learn's <c>log_loss</c>.
    /// </summary>
    /// <param name="truth">True class of every example.</param>
    /// <param name="probabilities">Class probabilities, row-major examples × classes.</param>
    /// <param name="classCount">Number of classes (row width).</param>
    public static double LogLoss(IReadOnlyList<int> truth, float[] probabilities, int classCount)
    {
        Validate(truth, probabilities, classCount);
        if (truth.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var row = probabilities.AsSpan(i * classCount, classCount);
            double total = 0;
            foreach (var p in row)
            {
                total += p;
            }

            var own = total > 0 ? row[truth[i]] / total : 0;
            sum -= Math.Log(Math.Clamp(own, Epsilon, 1 - Epsilon));
        }

        return sum / truth.Count;
    }

    private static void Validate(IReadOnlyList<int> truth, float[] scores, int classCount)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (scores.Length != truth.Count * classCount)
        {
            throw new ArgumentException($"Received {scores.Length} scores for {truth.Count} examples × {classCount} classes; expected {truth.Count * classCount}.", nameof(scores));
        }
    }
}
