using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.Learning.Weighting;
using ClassicCv.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// <c>linear-svm</c>: one-vs-rest linear SVMs with L2 regularization. With the hinge loss (the default) each class is
/// trained by ML.NET's SDCA (single-threaded, so results are reproducible under a seed; the classes train in parallel
/// instead); with the squared hinge all classes are trained together by L-BFGS on the primal
/// (<see cref="SquaredHingeObjective"/>). <see cref="RegularizedLinearLearner.C"/> has scikit-learn's LinearSVC meaning
/// for both: ½‖w‖² + C · Σ loss, so SDCA's λ = 1 / (C · n).
/// </summary>
public sealed class LinearSvmLearner : RegularizedLinearLearner
{
    /// <summary>Creates the learner.</summary>
    /// <param name="options">The hyperparameters, or <c>null</c> for the defaults of <see cref="LinearSvmOptions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LinearSvmLearner(LinearSvmOptions? options = null)
        : base(Checked(options ?? new LinearSvmOptions()))
    {
        Options = options ?? new LinearSvmOptions();
    }

    /// <summary>The validated hyperparameters.</summary>
    public LinearSvmOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "linear-svm";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Details => new Dictionary<string, string>
    {
        ["loss"] = Options.Loss == LinearSvmLoss.Hinge ? "hinge" : "squared-hinge",
        ["backend"] = Options.Loss == LinearSvmLoss.Hinge ? "ML.NET SDCA one-vs-rest" : "MathNet L-BFGS primal one-vs-rest",
    };

    /// <inheritdoc />
    public override IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var present = labels.ToHashSet();
        var classWeights = ClassWeighting?.Resolve(labels, classCount);
        var (weights, biases) = Options.Loss == LinearSvmLoss.Hinge
            ? LearnHinge(features, labels, classCount, present, classWeights)
            : SquaredHingeSolver.Fit(features, labels, classCount, C, MaxIterations, classWeights);
        foreach (var absent in Enumerable.Range(0, classCount).Where(k => !present.Contains(k)))
        {
            biases[absent] = float.NegativeInfinity;
        }

        return new LinearModel(weights, biases, classCount, features.Columns, softmax: false);
    }

    private (float[] Weights, float[] Biases) LearnHinge(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, HashSet<int> present, double[]? classWeights)
    {
        var weights = new float[classCount * features.Columns];
        var biases = new float[classCount];
        var lambda = (float)(1.0 / (C * features.Rows));
        var rows = DataViews.CopyRows(features);
        Parallel.For(0, classCount, k =>
        {
            if (!present.Contains(k))
            {
                return;
            }

            var context = new MLContext(Seed + k);
            var trainer = context.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.BinaryLabel),
                FeatureColumnName = nameof(FeatureRow.Features),
                LossFunction = new HingeLoss(),
                L2Regularization = lambda,
                L1Regularization = 0,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = MaxIterations,
                ExampleWeightColumnName = classWeights is null ? null : nameof(FeatureRow.Weight),
            });
            var model = trainer.Fit(DataViews.Binary(context, rows, features.Columns, labels, k, classWeights)).Model;
            model.Weights.ToArray().CopyTo(weights, k * features.Columns);
            biases[k] = model.Bias;
        });
        return (weights, biases);
    }

    private static (double, int, int, ClassWeighting?) Checked(LinearSvmOptions options)
    {
        options.Validate();
        return (options.C, options.Iterations, options.Seed, options.ClassWeighting);
    }
}
