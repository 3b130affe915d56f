using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Learners;

/// <summary>Hyperparameters of <see cref="KnnLearner"/>; text form <c>knn[k=5,distance=euclidean]</c>. The defaults are what <c>knn</c> gives.</summary>
public sealed record KnnOptions
{
    /// <summary>Allowed <see cref="K"/> values.</summary>
    public static IntRange KRange { get; } = new(1);

    /// <summary>Neighbours that vote, ≥ 1 (default 5).</summary>
    public int K { get; init; } = 5;

    /// <summary>Distance between feature vectors (default Euclidean).</summary>
    public KnnDistance Distance { get; init; } = KnnDistance.Euclidean;

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        KRange.Check(K, "KnnOptions.K");
        OptionChecks.Defined(Distance, "KnnOptions.Distance");
    }
}
