using ClassicCv.Learning;

namespace ClassicCv.Experiments.CrossValidation;

/// <summary>Puts the folds' predictions of one repeat together, in item order: every image predicted by the fold that held it out.</summary>
internal static class PooledPredictions
{
    /// <summary>One <see cref="Predictions"/> over every position of the pooled order.</summary>
    /// <param name="parts">Each fold's predictions and the pooled position of each of its rows.</param>
    /// <param name="count">Pooled rows.</param>
    /// <param name="classCount">Number of classes (width of a score row).</param>
    public static Predictions Of(IReadOnlyList<(int[] Positions, Predictions Predictions)> parts, int count, int classCount)
    {
        var labels = new int[count];
        var withScores = parts.All(p => p.Predictions.Scores is { } s && s.Length == p.Positions.Length * classCount)
            && parts.Select(p => p.Predictions.ScoresAreProbabilities).Distinct().Count() == 1;
        var scores = withScores ? new float[count * classCount] : null;
        foreach (var (positions, predictions) in parts)
        {
            for (var i = 0; i < positions.Length; i++)
            {
                labels[positions[i]] = predictions.Labels[i];
                if (scores is not null)
                {
                    predictions.Scores.AsSpan(i * classCount, classCount).CopyTo(scores.AsSpan(positions[i] * classCount));
                }
            }
        }

        var uncalibrated = parts.All(p => p.Predictions.Uncalibrated is not null)
            ? Of(parts.Select(p => (p.Positions, p.Predictions.Uncalibrated!)).ToArray(), count, classCount)
            : null;
        var method = parts.Select(p => p.Predictions.CalibrationMethod).Distinct().Count() == 1 ? parts[0].Predictions.CalibrationMethod : null;
        return new Predictions(labels, scores, withScores && parts[0].Predictions.ScoresAreProbabilities)
        {
            Uncalibrated = uncalibrated,
            CalibrationMethod = method,
        };
    }
}
