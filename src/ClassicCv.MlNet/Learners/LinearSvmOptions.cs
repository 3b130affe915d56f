using ClassicCv.Configuration;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// Hyperparameters of <see cref="LinearSvmLearner"/>; text form <c>linear-svm[C=0.01,max-iter=100,class-weight=...]</c>.
/// The defaults are what <c>linear-svm</c> gives.
/// </summary>
public sealed record LinearSvmOptions
{
    /// <summary>Allowed <see cref="MaxIterations"/> values.</summary>
    public static IntRange MaxIterationsRange { get; } = new(1);

    /// <summary>Inverse regularization strength (scikit-learn's LinearSVC meaning), a finite number &gt; 0 (default 0.01).</summary>
    public double C { get; init; } = 0.01;

    /// <summary>Upper bound on SDCA passes over the data, ≥ 1 (default 100); text <c>max-iter</c>.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Seed of SDCA's shuffling (default 42, a run's default seed; a run passes its own).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Weights of the classes' examples in the loss, or <c>null</c> (default) for none; text <c>class-weight</c>.</summary>
    public ClassWeighting? ClassWeighting { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        OptionChecks.Positive(C, "LinearSvmOptions.C");
        MaxIterationsRange.Check(MaxIterations, "LinearSvmOptions.MaxIterations");
    }
}
