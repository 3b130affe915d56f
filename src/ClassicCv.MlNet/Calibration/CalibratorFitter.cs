using ClassicCv.MlNet.Data;
using Microsoft.ML;
using Microsoft.ML.Calibrators;

namespace ClassicCv.MlNet.Calibration;

/// <summary>Fits one class's calibrator with ML.NET's binary calibrator estimators (Platt or isotonic).</summary>
public static class CalibratorFitter
{
    /// <summary>Fits the score → probability function of one class.</summary>
    /// <param name="method">Platt or isotonic.</param>
    /// <param name="scores">Held-out scores of the class, one per training example.</param>
    /// <param name="positive">Whether each example belongs to the class.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    public static ClassCalibrator Fit(CalibrationMethod method, IReadOnlyList<float> scores, IReadOnlyList<bool> positive, int seed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
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
