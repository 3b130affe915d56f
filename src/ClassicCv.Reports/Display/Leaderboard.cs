using System.Globalization;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Display;

/// <summary>
/// The leaderboard people read, best accuracy first, formatted in one place so the console table and the HTML report
/// show the same numbers the same way (<c>metrics.csv</c> keeps full precision for machines).
/// </summary>
public static class Leaderboard
{
    private const string None = "–";

    /// <summary>The title of the top-k column: <c>top-5 acc.</c> when every pipeline used the same k.</summary>
    /// <param name="summary">The run.</param>
    public static string TopKTitle(RunSummary summary)
    {
        var ks = DistinctTopK(summary);
        return ks.Length == 1 ? string.Create(CultureInfo.InvariantCulture, $"top-{ks[0]} acc.") : "top-k acc.";
    }

    /// <summary>Every pipeline's row, best accuracy first.</summary>
    /// <param name="summary">The run.</param>
    public static IReadOnlyList<LeaderboardEntry> Entries(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sameK = DistinctTopK(summary).Length == 1;
        return [.. summary.Pipelines.OrderByDescending(p => p.Metrics.Accuracy).Select((p, index) =>
        {
            var s = p.Statistics;
            var test = summary.PairwiseTests.FirstOrDefault(t => t.Pipeline == p.Name);
            var cvTest = summary.CrossValidation?.Comparisons.FirstOrDefault(c => c.Pipeline == p.Name);
            return new LeaderboardEntry(
                index + 1,
                p,
                Fixed(p.Metrics.Accuracy, "0.0000"),
                Interval(s?.Bootstrap.Accuracy),
                Fixed(p.Metrics.MacroF1, "0.0000"),
                Interval(s?.Bootstrap.MacroF1),
                Fixed(p.Metrics.BalancedAccuracy, "0.0000"),
                Fixed(p.Metrics.CohensKappa, "0.0000"),
                s?.TopKAccuracy is { } top ? new DisplayCell(top, Format(top, "0.0000") + (sameK ? "" : string.Create(CultureInfo.InvariantCulture, $" (k={s.TopK})"))) : new DisplayCell(null, None),
                s?.LogLoss is { } loss ? Fixed(loss, "0.0000") : new DisplayCell(null, None),
                test is not null ? new DisplayCell(test.Test.PValue, ReportFormat.PValue(test.Test.PValue))
                    : cvTest is not null ? new DisplayCell(cvTest.Test.PValue, ReportFormat.PValue(cvTest.Test.PValue))
                    : new DisplayCell(null, index == 0 ? "best" : None),
                p.FeaturesFromCache ? new DisplayCell(p.ExtractMillisecondsPerImage, "cached") : Fixed(p.ExtractMillisecondsPerImage, "0.000"),
                Fixed(p.TrainSeconds, "0.00"),
                Fixed(p.PredictImagesPerSecond, "#,0"),
                new DisplayCell(p.FeatureLength, p.FeatureLength.ToString(CultureInfo.InvariantCulture)));
        })];
    }

    private static int[] DistinctTopK(RunSummary summary) => [.. summary.Pipelines.Select(p => p.Statistics?.TopK).OfType<int>().Distinct()];

    private static DisplayCell Fixed(double value, string format) => new(value, Format(value, format));

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Interval(ConfidenceInterval? interval) =>
        interval is null ? "" : string.Create(CultureInfo.InvariantCulture, $"[{interval.Lower:0.000}, {interval.Upper:0.000}]");
}
