using ClassicCv.Experiments;

namespace ClassicCv.Reports;

/// <summary>The table of the <c>--learning-curve</c> study: <c>learning_curve.csv</c>.</summary>
public static class LearningCurveTables
{
    /// <summary>The columns of <c>learning_curve.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "pipeline", "size", "n_train", "n_test", "accuracy", "accuracy_ci_low", "accuracy_ci_high", "macro_f1", "train_seconds", "extract_seconds",
    ];

    /// <summary>One row per pipeline and size, smallest size first.</summary>
    /// <param name="summary">A run with a learning curve.</param>
    public static ReportTable Points(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var curve = summary.LearningCurve ?? throw new ArgumentException("The run has no learning curve.", nameof(summary));
        var rows = curve.Points.Select(p => (IReadOnlyList<string>)
        [
            p.Pipeline, p.Size, ReportFormat.Count(p.TrainCount), ReportFormat.Count(summary.TestCount), ReportFormat.Ratio(p.Accuracy),
            ReportFormat.Ratio(p.AccuracyInterval.Lower), ReportFormat.Ratio(p.AccuracyInterval.Upper), ReportFormat.Ratio(p.MacroF1),
            ReportFormat.Seconds(p.TrainSeconds), ReportFormat.Seconds(p.ExtractSeconds),
        ]).ToArray();
        return new ReportTable(Columns, rows);
    }
}
