using System.Globalization;
using ClassicCv.Experiments;
using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>The console lines of the studies a run was asked for (robustness, cross-validation, learning curve, slices), after the leaderboard.</summary>
internal static class StudiesConsole
{
    /// <summary>Writes one line per pipeline of each study present.</summary>
    public static void Write(IAnsiConsole console, RunSummary summary)
    {
        if (summary.Robustness is { } study)
        {
            foreach (var p in study.Pipelines)
            {
                var versus = p.VersusMostRobust is { } test ? string.Create(CultureInfo.InvariantCulture, $", p = {test.PValue:0.0000} vs the most robust") : " (most robust)";
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"robustness: {p.Pipeline}: clean {p.CleanAccuracy:0.000}, mean corruption accuracy {p.MeanCorruptionAccuracy:0.000} [{p.MeanCorruptionInterval.Lower:0.000}, {p.MeanCorruptionInterval.Upper:0.000}] over {study.TestCount} images{versus}"));
            }
        }

        if (summary.CrossValidation is { } cv)
        {
            foreach (var p in cv.Pipelines.OrderByDescending(p => p.MeanAccuracy))
            {
                var versus = cv.Comparisons.FirstOrDefault(c => c.Pipeline == p.Pipeline) is { } c ? $", p = {Reports.ReportFormat.PValue(c.Test.PValue)} vs the best (Nadeau-Bengio)" : " (best)";
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cv: {p.Pipeline}: accuracy {p.MeanAccuracy:0.0000} ± {p.StdAccuracy:0.0000}, macro-F1 {p.MeanMacroF1:0.0000} ± {p.StdMacroF1:0.0000} over {p.Folds} folds{versus}"));
            }
        }

        if (summary.LearningCurve is { } curve)
        {
            foreach (var pipeline in curve.Points.GroupBy(p => p.Pipeline))
            {
                console.WriteLine($"learning curve: {pipeline.Key}: " + string.Join(", ", pipeline.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Size} → {p.Accuracy:0.000}"))));
            }

            console.WriteLine($"learning curve: {curve.Statement}");
        }

        if (summary.Slices is { } slices)
        {
            var flagged = slices.Results.Where(r => r.SignificantlyBelow).ToArray();
            console.WriteLine(flagged.Length == 0
                ? $"slices by {slices.Column}: no slice is significantly below the rest of the test split for any pipeline (Holm-corrected, 5%)."
                : $"slices by {slices.Column}: significantly below the rest (Holm-corrected, 5%):");
            foreach (var r in flagged)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {r.Pipeline}: {slices.Column} = {r.Value}: accuracy {r.Accuracy:0.000} [{r.AccuracyCi.Lower:0.000}, {r.AccuracyCi.Upper:0.000}] on {r.Count} images vs {r.RestAccuracy:0.000} on the rest, Holm p = {r.HolmPValue:0.0000}"));
            }
        }
    }
}
