using ClassicCv.Experiments;

namespace ClassicCv.Reports;

/// <summary>The tables of the <c>--corruptions</c> study: <c>robustness.csv</c> and <c>robustness_summary.csv</c>.</summary>
public static class RobustnessTables
{
    /// <summary>The columns of <c>robustness.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> ResultColumns =
    [
        "pipeline", "corruption", "severity", "n_test", "accuracy", "accuracy_ci_low", "accuracy_ci_high", "clean_accuracy",
        "accuracy_drop", "mcnemar_p_vs_clean", "discordant_vs_clean",
    ];

    /// <summary>The columns of <c>robustness_summary.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        "pipeline", "n_test", "clean_accuracy", "mean_corruption_accuracy", "mean_corruption_ci_low", "mean_corruption_ci_high",
        "mean_drop", "most_robust", "mcnemar_p_vs_most_robust", "discordant_vs_most_robust",
    ];

    /// <summary>One row per pipeline × corruption × severity.</summary>
    /// <param name="summary">A run with a robustness study.</param>
    public static ReportTable Results(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var study = summary.Robustness ?? throw new ArgumentException("The run has no robustness study.", nameof(summary));
        var rows = study.Results.Select(r => (IReadOnlyList<string>)
        [
            r.Pipeline, r.Corruption, ReportFormat.Count(r.Severity), ReportFormat.Count(study.TestCount), ReportFormat.Ratio(r.Accuracy),
            ReportFormat.Ratio(r.AccuracyInterval.Lower), ReportFormat.Ratio(r.AccuracyInterval.Upper), ReportFormat.Ratio(r.CleanAccuracy),
            ReportFormat.Ratio(r.Drop), ReportFormat.PValue(r.VersusClean.PValue), ReportFormat.Count(r.VersusClean.Discordant),
        ]).ToArray();
        return new ReportTable(ResultColumns, rows);
    }

    /// <summary>One row per pipeline, most robust first.</summary>
    /// <param name="summary">A run with a robustness study.</param>
    public static ReportTable Summary(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var study = summary.Robustness ?? throw new ArgumentException("The run has no robustness study.", nameof(summary));
        var rows = study.Pipelines.Select(p => (IReadOnlyList<string>)
        [
            p.Pipeline, ReportFormat.Count(study.TestCount), ReportFormat.Ratio(p.CleanAccuracy), ReportFormat.Ratio(p.MeanCorruptionAccuracy),
            ReportFormat.Ratio(p.MeanCorruptionInterval.Lower), ReportFormat.Ratio(p.MeanCorruptionInterval.Upper), ReportFormat.Ratio(p.MeanDrop),
            study.MostRobust ?? "", p.VersusMostRobust is { } test ? ReportFormat.PValue(test.PValue) : "", p.VersusMostRobust is { } pair ? ReportFormat.Count(pair.Discordant) : "",
        ]).ToArray();
        return new ReportTable(SummaryColumns, rows);
    }
}
