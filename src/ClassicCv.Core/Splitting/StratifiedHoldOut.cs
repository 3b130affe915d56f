using System.Globalization;

namespace ClassicCv.Splitting;

/// <summary>
/// A seeded stratified hold-out: within each class, a seeded shuffle puts
/// round(<see cref="TestFraction"/> × class size) images in the test part (at least one, and at least one left to train).
/// With groups, whole groups are assigned instead (<see cref="GroupAssignment"/>), so no group is on both sides.
/// </summary>
public sealed class StratifiedHoldOut
{
    /// <summary>Creates the splitter.</summary>
    /// <param name="testFraction">Share of each class held out, strictly between 0 and 1.</param>
    /// <param name="seed">Seed of the shuffle; the same seed gives the same split.</param>
    public StratifiedHoldOut(double testFraction, int seed)
    {
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be strictly between 0 and 1.");
        }

        TestFraction = testFraction;
        Seed = seed;
    }

    /// <summary>Share of each class held out for testing.</summary>
    public double TestFraction { get; }

    /// <summary>Seed of the shuffle.</summary>
    public int Seed { get; }

    /// <summary>Splits items by their labels.</summary>
    /// <param name="labels">The label of every item; each class needs at least two items.</param>
    /// <param name="groups">The group of every item (<c>null</c> entries are groups of their own), or <c>null</c> for a split by item.</param>
    public DataSplit Split(IReadOnlyList<int> labels, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (groups is not null)
        {
            var parts = GroupAssignment.Assign(labels, groups, [1 - TestFraction, TestFraction], Seed);
            var groupCount = GroupAssignment.Count(groups);
            return new DataSplit(
                Enumerable.Range(0, labels.Count).Where(i => parts[i] == 0).ToArray(),
                Enumerable.Range(0, labels.Count).Where(i => parts[i] == 1).ToArray(),
                string.Create(CultureInfo.InvariantCulture, $"stratified group hold-out ({groupCount} groups), test fraction {TestFraction}, seed {Seed}"));
        }

        var random = new Random(Seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var testCount = Math.Clamp((int)Math.Round(TestFraction * members.Length, MidpointRounding.AwayFromZero), 1, members.Length - 1);
            test.AddRange(members.Take(testCount));
            train.AddRange(members.Skip(testCount));
        }

        train.Sort();
        test.Sort();
        var description = string.Create(CultureInfo.InvariantCulture, $"stratified hold-out, test fraction {TestFraction}, seed {Seed}");
        return new DataSplit(train, test, description);
    }
}
