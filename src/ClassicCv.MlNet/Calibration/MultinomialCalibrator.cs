using ClassicCv.Evaluation.Calibration;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// Multinomial logistic regression over the whole score vector (matrix scaling): p = softmax(W·s + b), W a K×K matrix
/// fitted with the other classes' scores in view, so a class's probability can learn from how close its rivals scored.
/// </summary>
/// <param name="Weights">Class-major K×K weights: row k weighs the K scores for class k.</param>
/// <param name="Biases">One bias per class.</param>
public sealed record MultinomialCalibrator(float[] Weights, float[] Biases) : IScoreCalibrator
{
    /// <inheritdoc />
    public string Method => "multinomial";

    /// <inheritdoc />
    public void Calibrate(ReadOnlySpan<float> scores, Span<float> probabilities)
    {
        var classes = Biases.Length;
        Span<float> logits = stackalloc float[classes];
        for (var k = 0; k < classes; k++)
        {
            var row = Weights.AsSpan(k * classes, classes);
            var sum = Biases[k];
            for (var j = 0; j < classes; j++)
            {
                sum += row[j] * (float.IsFinite(scores[j]) ? scores[j] : 0);
            }

            logits[k] = sum;
        }

        ScoreProbabilities.Softmax(logits, probabilities);
    }
}
