using ClassicCv.Leakage;
using ClassicCv.Studies.Slices;

namespace ClassicCv.Reports.Exporters;

/// <summary>The <c>run.json</c> members of the leakage audit and the slice study.</summary>
internal static class HonestDataJson
{
    public static object? Leakage(LeakageReport? audit) => audit is null ? null : new
    {
        max_hash_distance = audit.Options.MaxHashDistance,
        min_correlation = audit.Options.MinCorrelation,
        min_gradient_correlation = audit.Options.MinGradientCorrelation,
        train_audited = audit.TrainAudited,
        test_audited = audit.TestAudited,
        candidates = audit.Candidates,
        seconds = Math.Round(audit.Seconds, 3),
        exact_leaks = audit.ExactLeaks,
        near_leaks = audit.NearLeaks,
        dropped = audit.Dropped,
        leaked = audit.Leaked.Select(l => new
        {
            test_id = l.TestId,
            train_id = l.TrainId,
            kind = l.Kind.ToString().ToLowerInvariant(),
            hash_distance = l.HashDistance,
            correlation = Math.Round(l.Correlation, 6),
            same_label = l.SameLabel,
            train_twins = l.TrainTwins,
        }),
        within_train = Within(audit.WithinTrain),
        within_test = Within(audit.WithinTest),
    };

    public static object? Slices(SliceReport? study) => study is null ? null : new
    {
        column = study.Column,
        method = SliceReport.Method,
        alpha = study.Alpha,
        results = study.Results.Select(r => new
        {
            pipeline = r.Pipeline,
            value = r.Value,
            n_test = r.Count,
            accuracy = Math.Round(r.Accuracy, 6),
            accuracy_ci = new[] { Math.Round(r.AccuracyCi.Lower, 6), Math.Round(r.AccuracyCi.Upper, 6) },
            macro_f1 = Math.Round(r.MacroF1, 6),
            macro_f1_ci = new[] { Math.Round(r.MacroF1Ci.Lower, 6), Math.Round(r.MacroF1Ci.Upper, 6) },
            n_rest = r.RestCount,
            rest_accuracy = double.IsNaN(r.RestAccuracy) ? (double?)null : Math.Round(r.RestAccuracy, 6),
            p_below_rest = r.PValue,
            holm_p = r.HolmPValue,
            significantly_below = r.SignificantlyBelow,
        }),
    };

    private static object Within(SplitDuplicates duplicates) => new { exact_pairs = duplicates.ExactPairs, near_pairs = duplicates.NearPairs, images = duplicates.Images };
}
