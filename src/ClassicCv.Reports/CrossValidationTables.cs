using ClassicCv.Experiments;
using ClassicCv.Experiments.CrossValidation;

namespace ClassicCv.Reports;

/// <summary>The tables of an <c>--evaluation cv</c> run: <c>cv_folds.csv</c>, <c>cv_summary.csv</c>, <c>cv_predictions.csv</c> and its <c>pairwise_tests.csv</c>.</summary>
public static class CrossValidationTables
{
    /// <summary>The columns of <c>pairwise_tests.csv</c> in cv mode; new columns are appended, never reordered.</summary>
    public static readonly IReadOnlyList<string> PairwiseColumns =
    [
        "reference", "pipeline", "reference_accuracy", "pipeline_accuracy", "accuracy_gap", "std_difference", "t_statistic", "degrees_of_freedom", "test_train_ratio", "p_value", "method",
    ];

    /// <summary>One row per pipeline, repeat and fold (repeats and folds numbered from 1): <c>cv_folds.csv</c>.</summary>
    /// <param name="summary">A cv run.</param>
    public static ReportTable Folds(RunSummary summary)
    {
        var cv = Of(summary);
        var rows = cv.Scores.Select(s => (IReadOnlyList<string>)
        [
            s.Pipeline, ReportFormat.Count(s.Repeat + 1), ReportFormat.Count(s.Fold + 1), ReportFormat.Count(s.TrainCount), ReportFormat.Count(s.TestCount),
            ReportFormat.Ratio(s.Accuracy), ReportFormat.Ratio(s.MacroF1), ReportFormat.Seconds(s.TrainSeconds),
        ]).ToArray();
        return new ReportTable(["pipeline", "repeat", "fold", "n_train", "n_test", "accuracy", "macro_f1", "train_seconds"], rows);
    }

    /// <summary>One row per pipeline, best mean accuracy first: <c>cv_summary.csv</c>.</summary>
    /// <param name="summary">A cv run.</param>
    public static ReportTable Summary(RunSummary summary)
    {
        var cv = Of(summary);
        var rows = cv.Pipelines.OrderByDescending(p => p.MeanAccuracy).Select(p =>
        {
            var test = cv.Comparisons.FirstOrDefault(c => c.Pipeline == p.Pipeline);
            return (IReadOnlyList<string>)
            [
                p.Pipeline, ReportFormat.Count(cv.Folds), ReportFormat.Count(cv.Repeats), ReportFormat.Ratio(p.MeanAccuracy), ReportFormat.Ratio(p.StdAccuracy),
                ReportFormat.Ratio(p.MeanMacroF1), ReportFormat.Ratio(p.StdMacroF1), test is null ? "" : ReportFormat.PValue(test.Test.PValue),
            ];
        }).ToArray();
        return new ReportTable(["pipeline", "folds", "repeats", "mean_accuracy", "std_accuracy", "mean_macro_f1", "std_macro_f1", "p_vs_best"], rows);
    }

    /// <summary>One row per image and repeat (every image once per repeat), with each pipeline's prediction: <c>cv_predictions.csv</c>.</summary>
    /// <param name="summary">A cv run.</param>
    public static ReportTable Predictions(RunSummary summary)
    {
        var cv = Of(summary);
        var names = summary.Dataset.ClassNames;
        var rows = cv.OutOfFold.Select(p => (IReadOnlyList<string>)
        [
            ReportFormat.Count(p.Repeat + 1), ReportFormat.Count(p.Fold + 1), p.Image.Id, p.Image.Path, names[p.Image.Label], .. p.Predicted.Select(label => names[label]),
        ]).ToArray();
        return new ReportTable(["repeat", "fold", "image_id", "path", "true_class", .. cv.Pipelines.Select(p => p.Pipeline)], rows);
    }

    /// <summary>Every pipeline against the one of highest mean accuracy, by the corrected resampled t-test: <c>pairwise_tests.csv</c> in cv mode.</summary>
    /// <param name="summary">A cv run.</param>
    public static ReportTable Pairwise(RunSummary summary)
    {
        var cv = Of(summary);
        var rows = cv.Comparisons.Select(c => (IReadOnlyList<string>)
        [
            c.Reference, c.Pipeline, ReportFormat.Ratio(c.ReferenceAccuracy), ReportFormat.Ratio(c.PipelineAccuracy), ReportFormat.Ratio(c.AccuracyGap),
            ReportFormat.Ratio(c.Test.StdDifference), ReportFormat.Ratio(c.Test.Statistic), ReportFormat.Count(c.Test.DegreesOfFreedom),
            ReportFormat.Ratio(c.Test.TestTrainRatio), ReportFormat.PValue(c.Test.PValue), c.Test.Method,
        ]).ToArray();
        return new ReportTable(PairwiseColumns, rows);
    }

    private static CrossValidationReport Of(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.CrossValidation ?? throw new ArgumentException("The run has no cross-validation.", nameof(summary));
    }
}
