using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace ClassicCv.Evaluation;

/// <summary>
/// McNemar's paired test: only the examples exactly one classifier gets right carry information. With b and c such
/// discordant counts, under "equal error rates" b ~ Binomial(b + c, ½). Below <see cref="ExactThreshold"/> discordant
/// pairs the exact two-sided binomial p-value is used, above it the continuity-corrected chi-square with one degree of freedom.
/// </summary>
public static class McNemarTest
{
    /// <summary>Discordant-pair count below which the exact binomial test is used.</summary>
    public const int ExactThreshold = 25;

    /// <summary>Tests two classifiers from whether each got each example right.</summary>
    /// <param name="referenceCorrect">Per example: did the reference classifier get it right.</param>
    /// <param name="otherCorrect">Per example (same order and length): did the other classifier get it right.</param>
    public static McNemarResult Compare(IReadOnlyList<bool> referenceCorrect, IReadOnlyList<bool> otherCorrect)
    {
        ArgumentNullException.ThrowIfNull(referenceCorrect);
        ArgumentNullException.ThrowIfNull(otherCorrect);
        if (referenceCorrect.Count != otherCorrect.Count)
        {
            throw new ArgumentException($"Received {referenceCorrect.Count} and {otherCorrect.Count} outcomes; expected the same test examples for both.", nameof(otherCorrect));
        }

        var b = 0;
        var c = 0;
        for (var i = 0; i < referenceCorrect.Count; i++)
        {
            if (referenceCorrect[i] && !otherCorrect[i])
            {
                b++;
            }
            else if (!referenceCorrect[i] && otherCorrect[i])
            {
                c++;
            }
        }

        return FromDiscordant(b, c);
    }

    /// <summary>Tests from the two discordant counts.</summary>
    /// <param name="onlyReferenceCorrect">Examples only the reference got right (b), at least 0.</param>
    /// <param name="onlyOtherCorrect">Examples only the other got right (c), at least 0.</param>
    public static McNemarResult FromDiscordant(int onlyReferenceCorrect, int onlyOtherCorrect)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyReferenceCorrect);
        ArgumentOutOfRangeException.ThrowIfNegative(onlyOtherCorrect);
        var n = onlyReferenceCorrect + onlyOtherCorrect;
        if (n == 0)
        {
            return new McNemarResult(0, 0, 0, 1, "exact-binomial");
        }

        var statistic = Math.Pow(Math.Abs(onlyReferenceCorrect - onlyOtherCorrect) - 1.0, 2) / n;
        if (n < ExactThreshold)
        {
            var tail = Binomial.CDF(0.5, n, Math.Min(onlyReferenceCorrect, onlyOtherCorrect));
            return new McNemarResult(onlyReferenceCorrect, onlyOtherCorrect, statistic, Math.Min(1, 2 * tail), "exact-binomial");
        }

        // The upper tail of χ²(1) as the regularized upper incomplete gamma Q(½, x/2): 1 − CDF would round small p-values to 0.
        var pValue = statistic <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(0.5, statistic / 2);
        return new McNemarResult(onlyReferenceCorrect, onlyOtherCorrect, statistic, pValue, "chi-square");
    }
}
