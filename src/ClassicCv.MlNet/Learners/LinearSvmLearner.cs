using System.Globalization;
using ClassicCv.Features;
using ClassicCv.Learning;
using ClassicCv.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ClassicCv.MlNet.Learners;

/// <summary>
/// <c>linear-svm</c>: one-vs-rest linear SVMs with hinge loss and L2 regularization, each trained by ML.NET's SDCA
/// (single-threaded, so results are reproducible under a seed; the classes train in parallel instead).
/// <see cref="C"/> has scikit-learn's LinearSVC meaning: SDCA's λ = 1 / (C · n).
/// </summary>
public sealed class LinearSvmLearner : ILearner
{
    /// <summary>Creates the learner.</summary>
    /// <param name="c">Inverse regularization strength, &gt; 0 (default 0.01).</param>
    /// <param name="maxIterations">Upper bound on SDCA passes over the data, ≥ 1.</param>
    /// <param name="seed">Seed of SDCA's shuffling.</param>
    public LinearSvmLearner(double c, int maxIterations, int seed)
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

    /// <summary>Inverse regularization strength.</summary>
    public double C { get; }

    /// <summary>Upper bound on SDCA passes.</summary>
    public int MaxIterations { get; }

    /// <summary>Seed of SDCA's shuffling.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public string Name => "linear-svm";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>
    {
        ["C"] = C.ToString(CultureInfo.InvariantCulture),
        ["loss"] = "hinge",
        ["max_iterations"] = MaxIterations.ToString(CultureInfo.InvariantCulture),
        ["backend"] = "ML.NET SDCA one-vs-rest",
    };

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        var weights = new float[classCount * features.Columns];
        var biases = new float[classCount];
        var lambda = (float)(1.0 / (C * features.Rows));
        var present = labels.ToHashSet();
        var rows = DataViews.CopyRows(features);
        Parallel.For(0, classCount, k =>
        {
            if (!present.Contains(k))
            {
                biases[k] = float.NegativeInfinity;
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
            });
            var model = trainer.Fit(DataViews.Binary(context, rows, features.Columns, labels, k)).Model;
            model.Weights.ToArray().CopyTo(weights, k * features.Columns);
            biases[k] = model.Bias;
        });
        return new LinearModel(weights, biases, classCount, features.Columns, softmax: false);
    }
}
