using ClassicCv.Experiments;

namespace ClassicCv.Reports;

/// <summary>The tables of the honest-data checks: <c>slices.csv</c> and <c>leakage.csv</c>.</summary>
public static class HonestDataTables
{
    /// <summary>The columns of <c>slices.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> SliceColumns =
    [
        "pipeline", "column", "value", "n_test", "accuracy", "accuracy_ci_low", "accuracy_ci_high", "macro_f1", "macro_f1_ci_low",
        "macro_f1_ci_high", "n_rest", "rest_accuracy", "p_below_rest", "holm_p", "significantly_below",
    ];

    /// <summary>The columns of <c>leakage.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> LeakColumns =
    [
        "test_id", "train_id", "kind", "hash_distance", "correlation", "same_label", "train_twins", "dropped",
    ];

    /// <summary>One row per pipeline × slice value.</summary>
    /// <param name="summary">A run with a slice study.</param>
    public static ReportTable Slices(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var study = summary.Slices ?? throw new ArgumentException("The run has no slice study.", nameof(summary));
        var rows = study.Results.Select(r => (IReadOnlyList<string>)
        [
            r.Pipeline, study.Column, r.Value, ReportFormat.Count(r.Count), ReportFormat.Ratio(r.Accuracy), ReportFormat.Ratio(r.AccuracyCi.Lower),
            ReportFormat.Ratio(r.AccuracyCi.Upper), ReportFormat.Ratio(r.MacroF1), ReportFormat.Ratio(r.MacroF1Ci.Lower), ReportFormat.Ratio(r.MacroF1Ci.Upper),
            ReportFormat.Count(r.RestCount), double.IsNaN(r.RestAccuracy) ? "" : ReportFormat.Ratio(r.RestAccuracy), ReportFormat.PValue(r.PValue),
            ReportFormat.PValue(r.HolmPValue), r.SignificantlyBelow ? "true" : "false",
        ]).ToArray();
        return new ReportTable(SliceColumns, rows);
    }

    /// <summary>One row per leaked test image.</summary>
    /// <param name="summary">A run with a leakage audit.</param>
    public static ReportTable Leaks(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var audit = summary.Leakage ?? throw new ArgumentException("The run has no leakage audit.", nameof(summary));
        var rows = audit.Leaked.Select(l => (IReadOnlyList<string>)
        [
            l.TestId, l.TrainId, l.Kind.ToString().ToLowerInvariant(), ReportFormat.Count(l.HashDistance), ReportFormat.Ratio(Math.Round(l.Correlation, 6)),
            l.SameLabel ? "true" : "false", ReportFormat.Count(l.TrainTwins), audit.Dropped ? "true" : "false",
        ]).ToArray();
        return new ReportTable(LeakColumns, rows);
    }
}
