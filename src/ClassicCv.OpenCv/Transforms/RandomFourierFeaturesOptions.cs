using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Transforms;

/// <summary>
/// Options of <see cref="RandomFourierFeatures"/>; the <c>components</c> and <c>gamma</c> of <c>rff-svm[...]</c>. The
/// defaults are what <c>rff-svm</c> gives.
/// </summary>
public sealed record RandomFourierFeaturesOptions
{
    /// <summary>Allowed <see cref="Components"/> values.</summary>
    public static IntRange ComponentsRange { get; } = new(1, 100_000);

    /// <summary>Output dimension D, 1–100000 (default 2000).</summary>
    public int Components { get; init; } = 2000;

    /// <summary>RBF width γ, a finite number &gt; 0; <c>null</c> (default) for <c>'scale'</c>, 1 / (features × variance) of the training data.</summary>
    public double? Gamma { get; init; }

    /// <summary>Seed of W and b (default 42, a run's default seed; a run passes its own).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        ComponentsRange.Check(Components, "RandomFourierFeaturesOptions.Components");
        OptionChecks.PositiveOrNull(Gamma, "RandomFourierFeaturesOptions.Gamma");
    }
}
