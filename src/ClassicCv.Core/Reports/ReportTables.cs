using ClassicCv.Experiments;

namespace ClassicCv.Reports;

/// <summary>Turns a <see cref="RunSummary"/> into the tables the exporters write.</summary>
public static class ReportTables
{
    /// <summary>The column order of <c>metrics.csv</c>; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> MetricsColumns =
    [
        "dataset", "features", "classifier", "seed", "n_train", "n_test", "accuracy", "macro_precision", "macro_recall",
        "macro_f1", "weighted_f1", "extract_seconds", "train_seconds", "predict_seconds", "feature_length", "features_from_cache",
        "predict_images_per_second", "model_bytes",
    ];

    /// <summary>One row per pipeline: <c>metrics.csv</c> and the console leaderboard.</summary>
    public static ReportTable Metrics(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Pipelines.Select(p => (IReadOnlyList<string>)
        [
            summary.Dataset.Name, p.Features, p.Classifier, ReportFormat.Count(summary.Seed), ReportFormat.Count(p.TrainCount),
            ReportFormat.Count(p.TestCount), ReportFormat.Ratio(p.Metrics.Accuracy), ReportFormat.Ratio(p.Metrics.MacroPrecision),
            ReportFormat.Ratio(p.Metrics.MacroRecall), ReportFormat.Ratio(p.Metrics.MacroF1), ReportFormat.Ratio(p.Metrics.WeightedF1),
            ReportFormat.Seconds(p.ExtractSeconds), ReportFormat.Seconds(p.TrainSeconds), ReportFormat.Seconds(p.PredictSeconds),
            ReportFormat.Count(p.FeatureLength), p.FeaturesFromCache ? "true" : "false",
            p.PredictSeconds > 0 ? ReportFormat.Seconds(p.TestCount / p.PredictSeconds) : "", p.Settings.GetValueOrDefault("model_bytes", ""),
        ]).ToArray();
        return new ReportTable(MetricsColumns, rows);
    }

    /// <summary>One row per pipeline and class: <c>per_class.csv</c>.</summary>
    public static ReportTable PerClass(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Pipelines.SelectMany(p => p.Metrics.PerClass.Select(m => (IReadOnlyList<string>)
        [
            p.Name, m.Name, ReportFormat.Ratio(m.Precision), ReportFormat.Ratio(m.Recall), ReportFormat.Ratio(m.F1), ReportFormat.Count(m.Support),
        ])).ToArray();
        return new ReportTable(["pipeline", "class", "precision", "recall", "f1", "support"], rows);
    }

    /// <summary>The labelled confusion matrix of one pipeline: rows are true classes, columns predicted ones.</summary>
    public static ReportTable Confusion(PipelineResult pipeline, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(classNames);
        var confusion = pipeline.Metrics.Confusion;
        var header = new[] { "true\\predicted" }.Concat(classNames).ToArray();
        var rows = Enumerable.Range(0, classNames.Count).Select(t => (IReadOnlyList<string>)
            new[] { classNames[t] }.Concat(Enumerable.Range(0, classNames.Count).Select(p => ReportFormat.Count(confusion[t, p]))).ToArray()).ToArray();
        return new ReportTable(header, rows);
    }
}
