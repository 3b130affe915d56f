using ClassicCv.Configuration;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// Hyperparameters of <see cref="LogisticRegressionLearner"/>; text form <c>logistic-regression[C=0.01,max-iter=200,class-weight=...]</c>.
/// The defaults are what <c>logistic-regression</c> gives.
/// </summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>Allowed <see cref="MaxIterations"/> values.</summary>
    public static IntRange MaxIterationsRange { get; } = new(1);

    /// <summary>Inverse regularization strength (scikit-learn's meaning: L2 weight 1 / C on the summed loss), a finite number &gt; 0 (default <see cref="LogisticRegressionLearner.DefaultC"/>, 0.01).</summary>
    public double C { get; init; } = LogisticRegressionLearner.DefaultC;

    /// <summary>Upper bound on L-BFGS iterations, ≥ 1 (default 200); text <c>max-iter</c>.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Seed of ML.NET's context (default 42, a run's default seed; a run passes its own).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Weights of the classes' examples in the loss, or <c>null</c> (default) for none; text <c>class-weight</c>.</summary>
    public ClassWeighting? ClassWeighting { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        OptionChecks.Positive(C, "LogisticRegressionOptions.C");
        MaxIterationsRange.Check(MaxIterations, "LogisticRegressionOptions.MaxIterations");
    }
}
