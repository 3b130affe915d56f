using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using ClassicCv.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// <c>logistic-regression</c>: multinomial logistic regression with L2 regularization, trained by ML.NET's L-BFGS
/// maximum-entropy trainer. <see cref="RegularizedLinearLearner.C"/> has scikit-learn's meaning (L2 weight = 1 / C on the summed loss).
/// </summary>
public sealed class LogisticRegressionLearner : RegularizedLinearLearner
{
    /// <summary>Creates the learner.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="LogisticRegressionOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LogisticRegressionLearner(LogisticRegressionOptions? options = null)
        : base(Checked(options ?? new LogisticRegressionOptions()))
    {
        Options = options ?? new LogisticRegressionOptions();
    }

    /// <summary>The validated hyperparameters.</summary>
    public LogisticRegressionOptions Options { get; }

    /// <summary>
    /// The C a run uses when none is given: 0.01. Measured on standardized features against C = 1 (the former default):
    /// better by 0.3–7.5 points on HOG and raw pixels (digits, Fashion-MNIST, CIFAR-10) and on CIFAR-10's ResNet-18
    /// embeddings; worse by 1.3 points only on digits' embeddings at 100 images per class. <c>--search</c> tries
    /// 0.001–1 (docs/defaults.md).
    /// </summary>
    public const double DefaultC = 0.01;

    /// <inheritdoc />
    public override string Name => "logistic-regression";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Details => new Dictionary<string, string>
    {
        ["penalty"] = "l2",
        ["backend"] = "ML.NET L-BFGS maximum entropy",
    };

    /// <inheritdoc />
    public override IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var context = new MLContext(Seed);
        var exampleWeights = ClassWeighting?.Resolve(labels, classCount);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            L2Regularization = (float)(1.0 / C),
            L1Regularization = 0,
            MaximumNumberOfIterations = MaxIterations,
            OptimizationTolerance = 1e-7f,
            NumberOfThreads = 1,
            ExampleWeightColumnName = exampleWeights is null ? null : nameof(FeatureRow.Weight),
        });
        var parameters = trainer.Fit(DataViews.Multiclass(context, features, labels, classCount, exampleWeights)).Model;
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

    private static (double, int, int, ClassWeighting?) Checked(LogisticRegressionOptions options)
    {
        options.Validate();
        return (options.C, options.MaxIterations, options.Seed, options.ClassWeighting);
    }
}
