using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;

namespace ClassicCv.Reports;

/// <summary>The calibration, ranking and probability tables of a run: <c>calibration.csv</c>, <c>scores/&lt;pipeline&gt;.csv</c> and the metrics cells.</summary>
public static class CalibrationTables
{
    /// <summary>The columns of <c>calibration.csv</c>.</summary>
    public static readonly IReadOnlyList<string> CalibrationColumns =
    [
        "pipeline", "method", "bins", "ece_before", "mce_before", "brier_before", "log_loss_before", "ece_after", "mce_after", "brier_after", "log_loss_after",
    ];

    /// <summary>
    /// The appended <c>metrics.csv</c> cells of one pipeline: macro ROC AUC, macro average precision, calibration method,
    /// ECE and Brier score of the reported probabilities (empty without scores).
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    public static IReadOnlyList<string> MetricsCells(PipelineResult pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var s = pipeline.Statistics;
        return
        [
            s?.Curves is { } c && !double.IsNaN(c.MacroRocAuc) ? ReportFormat.Ratio(c.MacroRocAuc) : "",
            s?.Curves is { } a && !double.IsNaN(a.MacroAveragePrecision) ? ReportFormat.Ratio(a.MacroAveragePrecision) : "",
            s?.Calibration?.Method ?? "",
            s?.Calibration is { } e ? ReportFormat.Ratio(e.Final.ExpectedCalibrationError) : "",
            s?.Calibration is { } b ? ReportFormat.Ratio(b.Final.Brier) : "",
        ];
    }

    /// <summary>One row per pipeline with scores: ECE (15 bins), MCE, Brier and log loss before and after calibration.</summary>
    /// <param name="summary">The run.</param>
    public static ReportTable Calibration(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Pipelines.Where(p => p.Statistics?.Calibration is not null).Select(p =>
        {
            var c = p.Statistics!.Calibration!;
            return (IReadOnlyList<string>)
            [
                p.Name, c.Method, ReportFormat.Count(c.Before.Bins.Count), .. Cells(c.Before), .. c.After is { } after ? Cells(after) : ["", "", "", ""],
            ];
        }).ToArray();
        return new ReportTable(CalibrationColumns, rows);
    }

    /// <summary>
    /// The full probability vector of every test image for one pipeline: <c>image_id, true_class, predicted_class</c> and
    /// one <c>p_&lt;class&gt;</c> column per class (the probabilities the pipeline reports, calibrated when it was).
    /// </summary>
    /// <param name="summary">The run.</param>
    /// <param name="pipeline">A pipeline with scores.</param>
    public static ReportTable Scores(RunSummary summary, PipelineResult pipeline)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(pipeline);
        var names = summary.Dataset.ClassNames;
        var predictions = pipeline.TestPredictions ?? throw new ArgumentException($"Pipeline {pipeline.Name} kept no predictions.", nameof(pipeline));
        var probabilities = ScoreProbabilities.Of(predictions, names.Count) ?? throw new ArgumentException($"Pipeline {pipeline.Name} gives no scores.", nameof(pipeline));
        var rows = summary.TestImages.Select((image, i) => (IReadOnlyList<string>)
        [
            image.Id, names[image.Label], names[predictions.Labels[i]], .. Enumerable.Range(0, names.Count).Select(k => ReportFormat.Ratio(probabilities[(i * names.Count) + k])),
        ]).ToArray();
        return new ReportTable(["image_id", "true_class", "predicted_class", .. names.Select(n => "p_" + n)], rows);
    }

    private static string[] Cells(CalibrationMetrics m) =>
        [ReportFormat.Ratio(m.ExpectedCalibrationError), ReportFormat.Ratio(m.MaximumCalibrationError), ReportFormat.Ratio(m.Brier), ReportFormat.Ratio(m.LogLoss)];
}
