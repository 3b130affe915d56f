using ClassicCv.Learning;

namespace ClassicCv.Evaluation.Calibration;

/// <summary>Reads a classifier's scores as class probabilities: probabilities as they are, margins or logits through a softmax.</summary>
public static class ScoreProbabilities
{
    /// <summary>
    /// Row-major probabilities (examples × classes): <see cref="Predictions.Scores"/> renormalised to sum to 1 when they are
    /// probabilities, otherwise their softmax; <c>null</c> when the predictions carry no scores.
    /// </summary>
    /// <param name="predictions">What a classifier said.</param>
    /// <param name="classCount">Number of classes (row width).</param>
    public static float[]? Of(Predictions predictions, int classCount)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (predictions.Scores is not { } scores || scores.Length != predictions.Labels.Length * classCount)
        {
            return null;
        }

        var probabilities = new float[scores.Length];
        for (var i = 0; i < predictions.Labels.Length; i++)
        {
            var source = scores.AsSpan(i * classCount, classCount);
            var target = probabilities.AsSpan(i * classCount, classCount);
            if (predictions.ScoresAreProbabilities)
            {
                Normalise(source, target);
            }
            else
            {
                Softmax(source, target);
            }
        }

        return probabilities;
    }

    /// <summary>Copies <paramref name="source"/> scaled to sum to 1 (uniform when it sums to 0 or less).</summary>
    /// <param name="source">Non-negative values.</param>
    /// <param name="target">Receives the normalised values.</param>
    public static void Normalise(ReadOnlySpan<float> source, Span<float> target)
    {
        double total = 0;
        foreach (var p in source)
        {
            total += Math.Max(p, 0);
        }

        for (var c = 0; c < source.Length; c++)
        {
            target[c] = total > 0 ? (float)(Math.Max(source[c], 0) / total) : 1f / source.Length;
        }
    }

    /// <summary>The softmax of <paramref name="source"/> (a −∞ score gets probability 0).</summary>
    /// <param name="source">Scores.</param>
    /// <param name="target">Receives the probabilities.</param>
    public static void Softmax(ReadOnlySpan<float> source, Span<float> target)
    {
        var max = float.NegativeInfinity;
        foreach (var s in source)
        {
            max = Math.Max(max, s);
        }

        if (float.IsNegativeInfinity(max))
        {
            target.Fill(1f / source.Length);
            return;
        }

        double total = 0;
        for (var c = 0; c < source.Length; c++)
        {
            var e = Math.Exp(source[c] - max);
            target[c] = (float)e;
            total += e;
        }

        for (var c = 0; c < source.Length; c++)
        {
            target[c] = (float)(target[c] / total);
        }
    }
}
