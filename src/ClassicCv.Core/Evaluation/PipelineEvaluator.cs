using ClassicCv.Evaluation.Calibration;
using ClassicCv.Evaluation.Ranking;
using ClassicCv.Learning;

namespace ClassicCv.Evaluation;

/// <summary>Computes <see cref="PipelineStatistics"/> from a classifier's test predictions.</summary>
public sealed class PipelineEvaluator
{
    private readonly EvaluationOptions _options;
    private readonly BootstrapEstimator _bootstrap;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">Seed, resamples and how many confused pairs to keep.</param>
    public PipelineEvaluator(EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ConfusedPairCount);
        _options = options;
        _bootstrap = new BootstrapEstimator(options.BootstrapResamples, options.Seed);
    }

    /// <summary>
    /// The k of top-k accuracy for a class count: 5 from 20 classes, 3 from 4 classes, none below (top-k of
    /// nearly all classes says nothing).
    /// </summary>
    /// <param name="classCount">Number of classes.</param>
    public static int? TopKFor(int classCount) => classCount >= 20 ? 5 : classCount >= 4 ? 3 : null;

    /// <summary>Computes the statistics.</summary>
    /// <param name="truth">True class of every test example.</param>
    /// <param name="predictions">What the classifier said about the same examples.</param>
    /// <param name="metrics">The classifier's metrics on them (for the confusion matrix).</param>
    /// <param name="classNames">Class names, by label.</param>
    public PipelineStatistics Evaluate(IReadOnlyList<int> truth, Predictions predictions, ClassificationMetrics metrics, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(classNames);
        var classCount = classNames.Count;
        var bootstrap = _bootstrap.Estimate(truth, predictions.Labels, classCount);
        var hasScores = predictions.Scores is not null && predictions.Scores.Length == truth.Count * classCount;
        var k = hasScores ? TopKFor(classCount) : null;
        double? topK = k is { } kk ? ScoreMetrics.TopKAccuracy(truth, predictions.Scores!, classCount, kk) : null;
        double? logLoss = hasScores && predictions.ScoresAreProbabilities ? ScoreMetrics.LogLoss(truth, predictions.Scores!, classCount) : null;
        var confused = ConfusedPairs.Top(metrics.Confusion, classNames, _options.ConfusedPairCount);
        var probabilities = hasScores ? ScoreProbabilities.Of(predictions, classCount) : null;
        return new PipelineStatistics(bootstrap, k, topK, logLoss, confused)
        {
            Calibration = probabilities is null ? null : Calibrate(truth, predictions, probabilities, classCount),
            Curves = probabilities is null ? null : OneVsRestCurves.Compute(truth, probabilities, classCount),
        };
    }

    private static CalibrationReport Calibrate(IReadOnlyList<int> truth, Predictions predictions, float[] probabilities, int classCount)
    {
        var after = CalibrationMetrics.Compute(truth, predictions.Labels, probabilities, classCount);
        if (predictions.Uncalibrated is not { } raw || ScoreProbabilities.Of(raw, classCount) is not { } before)
        {
            return new CalibrationReport("none", after, null);
        }

        return new CalibrationReport(predictions.CalibrationMethod ?? "calibrated", CalibrationMetrics.Compute(truth, raw.Labels, before, classCount), after);
    }
}
