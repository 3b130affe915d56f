using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// What the ML.NET linear learners share: a validated inverse regularization strength <see cref="C"/> (scikit-learn's
/// meaning), an iteration budget and a seed, reported as hyperparameters with the learner's own details.
/// </summary>
public abstract class RegularizedLinearLearner : IClassWeightedLearner
{
    /// <summary>Validates and keeps the shared hyperparameters.</summary>
    /// <param name="c">Inverse regularization strength, a finite number &gt; 0.</param>
    /// <param name="maxIterations">Upper bound on the optimizer's passes or iterations, ≥ 1.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    /// <param name="classWeighting">Weights of the classes' examples in the loss (ML.NET's example-weight column), or <c>null</c> for none.</param>
    protected RegularizedLinearLearner(double c, int maxIterations, int seed, ClassWeighting? classWeighting)
    {
        if (!(c > 0) || double.IsInfinity(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "C must be a finite number > 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        C = c;
        MaxIterations = maxIterations;
        Seed = seed;
        ClassWeighting = classWeighting;
    }

    /// <inheritdoc />
    public ClassWeighting? ClassWeighting { get; }

    /// <summary>Inverse regularization strength.</summary>
    public double C { get; }

    /// <summary>Upper bound on the optimizer's passes or iterations.</summary>
    public int MaxIterations { get; }

    /// <summary>Seed of ML.NET's context.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["C"] = C.ToString(CultureInfo.InvariantCulture),
        ["max_iterations"] = MaxIterations.ToString(CultureInfo.InvariantCulture),
    }.Concat(Details).Concat(ClassWeighting is null ? [] : [new KeyValuePair<string, string>("class_weight", ClassWeighting.Text)]).ToDictionary();

    /// <summary>The learner's own hyperparameters and back end, for reports (e.g. <c>loss=hinge</c>).</summary>
    protected abstract IReadOnlyDictionary<string, string> Details { get; }

    /// <inheritdoc />
    public abstract IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount);
}
