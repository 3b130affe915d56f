using System.Globalization;

namespace ClassicCv.Splitting;

/// <summary>
/// Keeps at most <see cref="PerClass"/> training items of each class (a seeded random choice within each class); the
/// test part is untouched. For quick experiments and learning curves.
/// </summary>
public sealed class PerClassCap
{
    /// <summary>Creates the cap.</summary>
    /// <param name="perClass">Training items kept per class, ≥ 1.</param>
    /// <param name="seed">Seed of the choice.</param>
    public PerClassCap(int perClass, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perClass, 1);
        PerClass = perClass;
        Seed = seed;
    }

    /// <summary>Training items kept per class.</summary>
    public int PerClass { get; }

    /// <summary>Seed of the choice.</summary>
    public int Seed { get; }

    /// <summary>The split with its training part capped.</summary>
    /// <param name="split">The split.</param>
    /// <param name="labels">The class of every dataset item, indexed by item.</param>
    public DataSplit Apply(DataSplit split, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(labels);
        var random = new Random(Seed);
        var kept = new List<int>();
        foreach (var group in split.Train.GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            kept.AddRange(members.Take(PerClass));
        }

        kept.Sort();
        return split with
        {
            Train = kept,
            Description = string.Create(CultureInfo.InvariantCulture, $"{split.Description}; training capped at {PerClass} per class (seed {Seed})"),
        };
    }
}
