using ClassicCv.Experiments.CrossValidation;

namespace ClassicCv.Reports.Exporters;

/// <summary>The <c>cross_validation</c> section of <c>run.json</c> (<c>null</c> for a hold-out run).</summary>
internal static class CrossValidationJson
{
    /// <summary>The section's document, or <c>null</c>.</summary>
    public static object? Of(CrossValidationReport? cv) => cv is null ? null : new
    {
        folds = cv.Folds,
        repeats = cv.Repeats,
        seed = cv.Seed,
        test_train_ratio = Math.Round(cv.TestTrainRatio, 6),
        pipelines = cv.Pipelines.Select(p => new
        {
            name = p.Pipeline,
            mean_accuracy = Math.Round(p.MeanAccuracy, 6),
            std_accuracy = Math.Round(p.StdAccuracy, 6),
            mean_macro_f1 = Math.Round(p.MeanMacroF1, 6),
            std_macro_f1 = Math.Round(p.StdMacroF1, 6),
            fold_accuracies = cv.Scores.Where(s => s.Pipeline == p.Pipeline).Select(s => Math.Round(s.Accuracy, 6)),
        }),
        pairwise_tests = cv.Comparisons.Select(c => new
        {
            reference = c.Reference,
            pipeline = c.Pipeline,
            mean_difference = Math.Round(c.Test.MeanDifference, 6),
            std_difference = Math.Round(c.Test.StdDifference, 6),
            t_statistic = double.IsFinite(c.Test.Statistic) ? Math.Round(c.Test.Statistic, 6) : (double?)null,
            degrees_of_freedom = c.Test.DegreesOfFreedom,
            p_value = c.Test.PValue,
            method = c.Test.Method,
        }),
    };
}
