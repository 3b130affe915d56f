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
    /// <summary>Keeps the shared hyperparameters, already validated by the learner's options type.</summary>
    /// <param name="settings">Inverse regularization strength (finite, &gt; 0), upper bound on the optimizer's passes or iterations (≥ 1), seed of ML.NET's context, and the classes' weights in the loss (ML.NET's example-weight column) or <c>null</c> for none.</param>
    protected RegularizedLinearLearner((double C, int MaxIterations, int Seed, ClassWeighting? ClassWeighting) settings)
    {
        C = settings.C;
        MaxIterations = settings.MaxIterations;
        Seed = settings.Seed;
        ClassWeighting = settings.ClassWeighting;
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
