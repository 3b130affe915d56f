using MathNet.Numerics;

namespace ClassicCv.Evaluation.Calibration;

/// <summary>
/// Temperature scaling (Guo et al., 2017): one T &gt; 0 such that softmax(logits / T) minimises the log loss of held-out
/// examples; found by MathNet.Numerics' golden-section minimiser over log T in [ln 0.05, ln 20].
/// </summary>
public static class TemperatureScaling
{
    /// <summary>Fits the temperature.</summary>
    /// <param name="truth">True class of every held-out example.</param>
    /// <param name="logits">Their logits, row-major examples × classes.</param>
    /// <param name="classCount">Number of classes.</param>
    public static double Fit(IReadOnlyList<int> truth, float[] logits, int classCount)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(logits);
        if (truth.Count == 0)
        {
            return 1;
        }

        var logT = FindMinimum.OfScalarFunctionConstrained(t => LogLoss(truth, logits, classCount, Math.Exp(t)), Math.Log(0.05), Math.Log(20), 1e-4, 200);
        return Math.Exp(logT);
    }

    /// <summary>softmax(logits / <paramref name="temperature"/>) of every row.</summary>
    /// <param name="logits">Logits, row-major examples × classes.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="temperature">The temperature, &gt; 0.</param>
    public static float[] Probabilities(float[] logits, int classCount, double temperature)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(temperature);
        var scaled = logits.Select(l => (float)(l / temperature)).ToArray();
        var probabilities = new float[logits.Length];
        for (var i = 0; i < logits.Length / classCount; i++)
        {
            ScoreProbabilities.Softmax(scaled.AsSpan(i * classCount, classCount), probabilities.AsSpan(i * classCount, classCount));
        }

        return probabilities;
    }

    private static double LogLoss(IReadOnlyList<int> truth, float[] logits, int classCount, double temperature) =>
        ScoreMetrics.LogLoss(truth, Probabilities(logits, classCount, temperature), classCount);
}
