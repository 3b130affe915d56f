namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// The fitted score → probability function of one class, as ML.NET fitted it: Platt's 1 / (1 + exp(slope · s + offset)),
/// or the isotonic step function over PAV intervals (constant inside an interval, linear between intervals).
/// A class with no positive example gets the constant 0.
/// </summary>
/// <param name="Method"><c>platt</c>, <c>isotonic</c> or <c>constant</c>.</param>
/// <param name="Slope">Platt slope.</param>
/// <param name="Offset">Platt offset (for <c>constant</c>: the constant).</param>
/// <param name="Mins">Isotonic interval lower borders.</param>
/// <param name="Maxes">Isotonic interval upper borders.</param>
/// <param name="Values">Isotonic interval probabilities.</param>
public sealed record ClassCalibrator(string Method, double Slope, double Offset, float[] Mins, float[] Maxes, float[] Values)
{
    /// <summary>A calibrator that always answers <paramref name="probability"/>.</summary>
    /// <param name="probability">The constant probability.</param>
    public static ClassCalibrator Constant(double probability) => new("constant", 0, probability, [], [], []);

    /// <summary>The probability of the class for score <paramref name="score"/>.</summary>
    /// <param name="score">The classifier's score of the class.</param>
    public float Probability(float score) => Method switch
    {
        "platt" => (float)(1 / (1 + Math.Exp((Slope * score) + Offset))),
        "isotonic" => Isotonic(score),
        _ => (float)Offset,
    };

    private float Isotonic(float score)
    {
        if (Values.Length == 0)
        {
            return 0;
        }

        if (score <= Mins[0])
        {
            return Values[0];
        }

        // The first interval whose upper border is not below the score.
        var i = Array.BinarySearch(Maxes, score);
        if (i < 0)
        {
            i = ~i;
        }

        if (i >= Values.Length)
        {
            return Values[^1];
        }

        if (score >= Mins[i])
        {
            return Values[i];
        }

        var t = (score - Maxes[i - 1]) / (Mins[i] - Maxes[i - 1]);
        return Values[i - 1] + (t * (Values[i] - Values[i - 1]));
    }
}
