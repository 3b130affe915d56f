using System.Globalization;
using ClassicCv.Splitting;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>
/// Seeded, stratified, nested training subsets: each class's training images are shuffled once with the seed, and a
/// size keeps the first n of that order, so a smaller subset is always contained in a larger one. The test part is untouched.
/// </summary>
public static class NestedTrainingSubsets
{
    /// <summary>The split with its training part cut to <paramref name="size"/>.</summary>
    /// <param name="split">The full split.</param>
    /// <param name="labels">The class of every dataset item, indexed by item.</param>
    /// <param name="size">The training size.</param>
    /// <param name="seed">Seed of the shuffle (the run's seed).</param>
    public static DataSplit Apply(DataSplit split, IReadOnlyList<int> labels, TrainingSize size, int seed)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(size);
        if (size.IsAll)
        {
            return split;
        }

        var random = new Random(seed);
        var kept = new List<int>();
        foreach (var group in split.Train.Order().GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            kept.AddRange(members.Take(size.Keep(members.Length)));
        }

        kept.Sort();
        var what = size.PerClass is { } n ? $"{n} per class" : $"{size.Label} of each class";
        return split with { Train = kept, Description = string.Create(CultureInfo.InvariantCulture, $"{split.Description}; learning curve: training cut to {what} (seed {seed})") };
    }
}
