using ClassicCv.Evaluation.Calibration;
using ClassicCv.Features;
using ClassicCv.MlNet.Data;
using ClassicCv.MlNet.Learners;
using Microsoft.ML;
using Microsoft.ML.Calibrators;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// Fits calibrators on held-out scores: per class with ML.NET's binary calibrator estimators (Platt or isotonic), over
/// the whole score vector with ML.NET's L-BFGS maximum-entropy trainer (multinomial), or one temperature with
/// MathNet.Numerics' golden-section search (temperature).
/// </summary>
public static class CalibratorFitter
{
    /// <summary>Inverse L2 strength of the multinomial calibrator (on the summed loss: weak for any training split).</summary>
    public const double MultinomialC = 1;

    /// <summary>Fits the score-vector → probabilities map of <paramref name="method"/>.</summary>
    /// <param name="method">The calibration method.</param>
    /// <param name="heldOut">Held-out scores, row-major examples × classes.</param>
    /// <param name="labels">True class of every example.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="seed">Seed of ML.NET's contexts.</param>
    public static IScoreCalibrator Fit(CalibrationMethod method, float[] heldOut, IReadOnlyList<int> labels, int classCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        ArgumentNullException.ThrowIfNull(labels);
        if (heldOut.Length != labels.Count * classCount)
        {
            throw new ArgumentException($"Received {heldOut.Length} scores for {labels.Count} labels × {classCount} classes; expected one per label and class.", nameof(heldOut));
        }

        var finite = heldOut.Select(s => float.IsFinite(s) ? s : 0).ToArray();
        switch (method)
        {
            case CalibrationMethod.Multinomial:
                using (var model = (LinearModel)new LogisticRegressionLearner(new LogisticRegressionOptions { C = MultinomialC, Seed = seed }).Learn(new FeatureMatrix(labels.Count, classCount, finite), labels, classCount))
                {
                    return new MultinomialCalibrator(model.Weights, model.Biases);
                }

            case CalibrationMethod.Temperature:
                return new TemperatureCalibrator(TemperatureScaling.Fit(labels, finite, classCount));
            default:
                var classes = new ClassCalibrator[classCount];
                Parallel.For(0, classCount, k =>
                {
                    var scores = new float[labels.Count];
                    var positive = new bool[labels.Count];
                    for (var i = 0; i < labels.Count; i++)
                    {
                        scores[i] = finite[(i * classCount) + k];
                        positive[i] = labels[i] == k;
                    }

                    classes[k] = Fit(method, scores, positive, seed + k);
                });
                return new OneVsRestCalibrator(method.ToString().ToLowerInvariant(), classes);
        }
    }

    /// <summary>Fits the score → probability function of one class.</summary>
    /// <param name="method">Platt or isotonic (the one-vs-rest methods).</param>
    /// <param name="scores">Held-out scores of the class, one per training example.</param>
    /// <param name="positive">Whether each example belongs to the class.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    public static ClassCalibrator Fit(CalibrationMethod method, IReadOnlyList<float> scores, IReadOnlyList<bool> positive, int seed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
        if (method is not (CalibrationMethod.Platt or CalibrationMethod.Isotonic))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "A per-class calibrator is Platt or isotonic.");
        }

        if (scores.Count != positive.Count)
        {
            throw new ArgumentException($"Received {scores.Count} scores for {positive.Count} labels; expected one each.", nameof(scores));
        }

        var positives = positive.Count(p => p);
        if (positives == 0 || positives == positive.Count)
        {
            return ClassCalibrator.Constant(positives == 0 ? 0 : 1);
        }

        var context = new MLContext(seed);
        var rows = scores.Select((s, i) => new ScoreRow { Label = positive[i], Score = float.IsFinite(s) ? s : 0 }).ToArray();
        var data = context.Data.LoadFromEnumerable(rows);
        var calibrators = context.BinaryClassification.Calibrators;
        if (method == CalibrationMethod.Platt)
        {
            ISingleFeaturePredictionTransformer<PlattCalibrator> plattFit = calibrators.Platt(nameof(ScoreRow.Label), nameof(ScoreRow.Score)).Fit(data);
            var platt = plattFit.Model;
            return new ClassCalibrator("platt", platt.Slope, platt.Offset, [], [], []);
        }

        ISingleFeaturePredictionTransformer<IsotonicCalibrator> isotonicFit = calibrators.Isotonic(nameof(ScoreRow.Label), nameof(ScoreRow.Score)).Fit(data);
        var isotonic = isotonicFit.Model;
        return new ClassCalibrator("isotonic", 0, 0, [.. isotonic.Mins], [.. isotonic.Maxes], [.. isotonic.Values]);
    }
}
