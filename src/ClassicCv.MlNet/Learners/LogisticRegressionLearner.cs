using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// <c>logistic-regression</c>: multinomial logistic regression with L2 regularization, trained by ML.NET's L-BFGS
/// maximum-entropy trainer. <see cref="C"/> has scikit-learn's meaning (L2 weight = 1 / C on the summed loss).
/// </summary>
public sealed class LogisticRegressionLearner : ILearner
{
    /// <summary>Creates the learner.</summary>
    /// <param name="c">Inverse L2 regularization strength, &gt; 0 (default 1).</param>
    /// <param name="maxIterations">Upper bound on L-BFGS iterations, ≥ 1.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    public LogisticRegressionLearner(double c, int maxIterations, int seed)
    {
        if (!(c > 0) || double.IsInfinity(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "C must be a finite number > 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        C = c;
        MaxIterations = maxIterations;
        Seed = seed;
    }

    /// <summary>Inverse L2 regularization strength.</summary>
    public double C { get; }

    /// <summary>Upper bound on L-BFGS iterations.</summary>
    public int MaxIterations { get; }

    /// <summary>Seed of ML.NET's context.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public string Name => "logistic-regression";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["C"] = C.ToString(CultureInfo.InvariantCulture),
        ["penalty"] = "l2",
        ["max_iterations"] = MaxIterations.ToString(CultureInfo.InvariantCulture),
        ["backend"] = "ML.NET L-BFGS maximum entropy",
    };

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var context = new MLContext(Seed);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            L2Regularization = (float)(1.0 / C),
            L1Regularization = 0,
            MaximumNumberOfIterations = MaxIterations,
            OptimizationTolerance = 1e-7f,
            NumberOfThreads = 1,
        });
        var parameters = trainer.Fit(DataViews.Multiclass(context, features, labels, classCount)).Model;
        var classWeights = new VBuffer<float>[classCount];
        parameters.GetWeights(ref classWeights, out var modelClasses);
        var weights = new float[classCount * features.Columns];
        for (var k = 0; k < modelClasses; k++)
        {
            classWeights[k].DenseValues().ToArray().CopyTo(weights, k * features.Columns);
        }

        var biases = parameters.GetBiases().ToArray();
        return new LinearModel(weights, biases, classCount, features.Columns, softmax: true);
    }
}
