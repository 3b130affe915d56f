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
        "balanced_accuracy", "cohen_kappa", "accuracy_ci_low", "accuracy_ci_high", "macro_f1_ci_low", "macro_f1_ci_high",
        "top_k", "top_k_accuracy", "log_loss", "extract_ms_per_image", "predict_images_per_second", "peak_memory_bytes",
        "mcnemar_p_vs_best", "discordant_vs_best",
        "model_bytes",
        "macro_roc_auc", "macro_average_precision", "calibration", "ece", "brier",
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
            .. StatisticsCells(summary, p),
            p.ModelBytes is { } modelBytes ? ReportFormat.Count(modelBytes) : p.Settings.GetValueOrDefault("model_bytes", ""),
            .. CalibrationTables.MetricsCells(p),
        ]).ToArray();
        return new ReportTable(MetricsColumns, rows);
    }

    /// <summary>One row per test image and pipeline: <c>predictions.csv</c>.</summary>
    public static ReportTable Predictions(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var names = summary.Dataset.ClassNames;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var p in summary.Pipelines.Where(p => p.TestPredictions is not null && p.TestPredictions.Labels.Length == summary.TestImages.Count))
        {
            var predictions = p.TestPredictions!;
            for (var i = 0; i < summary.TestImages.Count; i++)
            {
                var image = summary.TestImages[i];
                var predicted = predictions.Labels[i];
                var score = predictions.Scores is null ? "" : ReportFormat.Ratio(predictions.TopScore(i, names.Count));
                rows.Add([image.Id, image.Path, names[image.Label], p.Name, names[predicted], score, predicted == image.Label ? "true" : "false"]);
            }
        }

        return new ReportTable(["image_id", "path", "true_class", "pipeline", "predicted_class", "score", "correct"], rows);
    }

    /// <summary>Every pipeline against the most accurate one: <c>pairwise_tests.csv</c>.</summary>
    public static ReportTable PairwiseTests(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.PairwiseTests.Select(t => (IReadOnlyList<string>)
        [
            t.Reference, t.Pipeline, ReportFormat.Ratio(t.ReferenceAccuracy), ReportFormat.Ratio(t.PipelineAccuracy), ReportFormat.Ratio(t.AccuracyGap),
            ReportFormat.Count(t.Test.OnlyReferenceCorrect), ReportFormat.Count(t.Test.OnlyOtherCorrect), ReportFormat.Ratio(t.Test.Statistic),
            ReportFormat.PValue(t.Test.PValue), t.Test.Method,
        ]).ToArray();
        return new ReportTable(
            ["reference", "pipeline", "reference_accuracy", "pipeline_accuracy", "accuracy_gap", "only_reference_correct", "only_pipeline_correct", "chi_square", "p_value", "method"],
            rows);
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

    private static string[] StatisticsCells(RunSummary summary, PipelineResult p)
    {
        var s = p.Statistics;
        var test = summary.PairwiseTests.FirstOrDefault(t => t.Pipeline == p.Name);
        return
        [
            ReportFormat.Ratio(p.Metrics.BalancedAccuracy), ReportFormat.Ratio(p.Metrics.CohensKappa),
            s is null ? "" : ReportFormat.Ratio(s.Bootstrap.Accuracy.Lower), s is null ? "" : ReportFormat.Ratio(s.Bootstrap.Accuracy.Upper),
            s is null ? "" : ReportFormat.Ratio(s.Bootstrap.MacroF1.Lower), s is null ? "" : ReportFormat.Ratio(s.Bootstrap.MacroF1.Upper),
            s?.TopK is { } k ? ReportFormat.Count(k) : "", s?.TopKAccuracy is { } top ? ReportFormat.Ratio(top) : "",
            s?.LogLoss is { } loss ? ReportFormat.Ratio(loss) : "",
            ReportFormat.Seconds(p.ExtractMillisecondsPerImage), ReportFormat.Rate(p.PredictImagesPerSecond), ReportFormat.Count(summary.PeakMemoryBytes),
            test is not null ? ReportFormat.PValue(test.Test.PValue) : "",
            test is not null ? ReportFormat.Count(test.Test.Discordant) : "",
        ];
    }
}
