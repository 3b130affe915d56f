using ClassicCv.Configuration;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// Hyperparameters of <see cref="LinearSvmLearner"/>; text form <c>linear-svm[C=0.01,loss=hinge,max-iter=N,class-weight=...]</c>.
/// The defaults are what <c>linear-svm</c> gives.
/// </summary>
public sealed record LinearSvmOptions
{
    /// <summary>Allowed <see cref="MaxIterations"/> values.</summary>
    public static IntRange MaxIterationsRange { get; } = new(1);

    /// <summary>Inverse regularization strength (scikit-learn's LinearSVC meaning), a finite number &gt; 0 (default 0.01).</summary>
    public double C { get; init; } = 0.01;

    /// <summary>The loss: <see cref="LinearSvmLoss.Hinge"/> (default) or <see cref="LinearSvmLoss.SquaredHinge"/>; text <c>loss</c>.</summary>
    public LinearSvmLoss Loss { get; init; } = LinearSvmLoss.Hinge;

    /// <summary>
    /// Upper bound on SDCA passes over the data (hinge) or on L-BFGS iterations (squared hinge), ≥ 1, or <c>null</c>
    /// (default) for the loss's own default: <see cref="HingePasses"/> or <see cref="SquaredHingeIterations"/>; text <c>max-iter</c>.
    /// </summary>
    public int? MaxIterations { get; init; }

    /// <summary>SDCA passes when <see cref="MaxIterations"/> is not given: 100.</summary>
    public const int HingePasses = 100;

    /// <summary>L-BFGS iterations when <see cref="MaxIterations"/> is not given: 1000, scikit-learn LinearSVC's and Coates–Ng's minFunc budget (docs/encodings.md measures why fewer fall short).</summary>
    public const int SquaredHingeIterations = 1000;

    /// <summary><see cref="MaxIterations"/>, or the loss's default when it is not given.</summary>
    public int Iterations => MaxIterations ?? (Loss == LinearSvmLoss.Hinge ? HingePasses : SquaredHingeIterations);

    /// <summary>Seed of SDCA's shuffling, unused by the deterministic squared-hinge solver (default 42, a run's default seed; a run passes its own).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Weights of the classes' examples in the loss, or <c>null</c> (default) for none; text <c>class-weight</c>.</summary>
    public ClassWeighting? ClassWeighting { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        OptionChecks.Positive(C, "LinearSvmOptions.C");
        MaxIterationsRange.Check(Iterations, "LinearSvmOptions.MaxIterations");
        OptionChecks.Defined(Loss, "LinearSvmOptions.Loss");
    }
}
