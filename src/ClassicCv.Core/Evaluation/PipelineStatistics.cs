namespace ClassicCv.Evaluation;

/// <summary>The statistics of one classifier on the test set beyond <see cref="ClassificationMetrics"/>.</summary>
/// <param name="Bootstrap">Bootstrap confidence intervals of accuracy and macro-F1.</param>
/// <param name="TopK">The k of <paramref name="TopKAccuracy"/>, or <c>null</c> when there are too few classes or no scores.</param>
/// <param name="TopKAccuracy">Share of examples whose true class is among the k best-scored, or <c>null</c>.</param>
/// <param name="LogLoss">Mean negative log probability of the true class, or <c>null</c> when the model gives no probabilities.</param>
/// <param name="MostConfused">The most frequent (true, predicted) confusions, most frequent first.</param>
public sealed record PipelineStatistics(BootstrapIntervals Bootstrap, int? TopK, double? TopKAccuracy, double? LogLoss, IReadOnlyList<ConfusedPair> MostConfused)
{
    /// <summary>Calibration of the test probabilities before and after any calibrator; <c>null</c> when the model gives no scores.</summary>
    public Calibration.CalibrationReport? Calibration { get; init; }

    /// <summary>One-vs-rest ROC and precision–recall curves of the test scores; <c>null</c> when the model gives no scores.</summary>
    public Ranking.OneVsRestCurves? Curves { get; init; }
}
