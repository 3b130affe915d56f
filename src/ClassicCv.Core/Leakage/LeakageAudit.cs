using System.Diagnostics;
using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Splitting;

namespace ClassicCv.Leakage;

/// <summary>
/// The leakage audit of a split: which test images are also training images (exact or near duplicates), and how many
/// duplicates each part holds within itself. Pure computation over <see cref="ImageSignatures"/>; decoding is elsewhere.
/// </summary>
public static class LeakageAudit
{
    /// <summary>Audits <paramref name="split"/>.</summary>
    /// <param name="dataset">The dataset (for ids and labels).</param>
    /// <param name="split">The split.</param>
    /// <param name="signatures">Signatures of the split's images; images without one (they failed to decode) are not audited.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="signatureSeconds">Seconds already spent making <paramref name="signatures"/>, added to the report's time.</param>
    public static LeakageReport Run(ImageDataset dataset, DataSplit split, ImageSignatures signatures, LeakageAuditOptions options, double signatureSeconds = 0)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(signatures);
        var clock = Stopwatch.StartNew();
        var position = new Dictionary<int, int>(signatures.Items.Count);
        for (var p = 0; p < signatures.Items.Count; p++)
        {
            position[signatures.Items[p]] = p;
        }

        var train = split.Train.Where(position.ContainsKey).Select(item => position[item]).ToArray();
        var test = split.Test.Where(position.ContainsKey).Select(item => position[item]).ToArray();
        var finder = new DuplicateFinder(signatures, options);
        var leaked = finder.Between(train, test)
            .GroupBy(pair => pair.Second)
            .Select(twins =>
            {
                var best = twins.OrderBy(pair => pair.Kind).ThenByDescending(pair => pair.Correlation).ThenBy(pair => pair.First).First();
                var testItem = dataset.Items[signatures.Items[best.Second]];
                var trainItem = dataset.Items[signatures.Items[best.First]];
                return new LeakedImage(signatures.Items[best.Second], testItem.Id, signatures.Items[best.First], trainItem.Id, best.Kind, best.HashDistance, best.Correlation, testItem.Label == trainItem.Label, twins.Count());
            })
            .OrderBy(image => image.TestItem)
            .ToArray();
        return new LeakageReport(options, train.Length, test.Length, leaked, Summarise(finder.Within(train)), Summarise(finder.Within(test)), finder.Candidates, signatureSeconds + clock.Elapsed.TotalSeconds);
    }

    /// <summary>The split without the leaked test images (the training split is unchanged).</summary>
    /// <param name="split">The audited split.</param>
    /// <param name="report">Its audit.</param>
    public static DataSplit DropLeaked(DataSplit split, LeakageReport report)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Leaked.Count == 0)
        {
            return split;
        }

        var leaked = report.Leaked.Select(image => image.TestItem).ToHashSet();
        return split with
        {
            Test = split.Test.Where(item => !leaked.Contains(item)).ToArray(),
            Description = string.Create(CultureInfo.InvariantCulture, $"{split.Description}; {leaked.Count} leaked test images dropped"),
        };
    }

    private static SplitDuplicates Summarise(IReadOnlyList<DuplicatePair> pairs) =>
        new(pairs.Count(p => p.Kind == DuplicateKind.Exact), pairs.Count(p => p.Kind == DuplicateKind.Near), pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct().Count());
}
