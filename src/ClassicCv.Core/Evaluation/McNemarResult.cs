namespace ClassicCv.Evaluation;

/// <summary>McNemar's test of two classifiers on the same test examples.</summary>
/// <param name="OnlyReferenceCorrect">Examples the reference got right and the other got wrong.</param>
/// <param name="OnlyOtherCorrect">Examples the other got right and the reference got wrong.</param>
/// <param name="Statistic">Chi-square statistic with continuity correction, (|b − c| − 1)² / (b + c); 0 when there is no discordant pair.</param>
/// <param name="PValue">Two-sided p-value; small means the two error rates really differ.</param>
/// <param name="Method"><c>exact-binomial</c> (few discordant pairs) or <c>chi-square</c> (continuity-corrected).</param>
public sealed record McNemarResult(int OnlyReferenceCorrect, int OnlyOtherCorrect, double Statistic, double PValue, string Method)
{
    /// <summary>Discordant pairs: examples exactly one of the two classifiers got right.</summary>
    public int Discordant => OnlyReferenceCorrect + OnlyOtherCorrect;
}
