namespace ClassicCv.Learning.Selection;

/// <summary>
/// Picks a seeded random sample that keeps the class proportions of the candidates: each class gets its share of
/// <c>count</c> rounded down, and the leftover places go to the classes with the largest remainders.
/// </summary>
public sealed class StratifiedIndexSampler : IIndexSampler
{
    private readonly Random _random;

    /// <summary>Creates the sampler.</summary>
    /// <param name="seed">Seed of the shuffles.</param>
    public StratifiedIndexSampler(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>Seed of the shuffles.</summary>
    public int Seed { get; }

    /// <inheritdoc />
    public int[] Sample(IReadOnlyList<int> labels, IReadOnlyList<int> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, candidates.Count);
        var groups = candidates.GroupBy(i => labels[i]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var exact = groups.Select(g => (double)g.Length * count / candidates.Count).ToArray();
        var take = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var leftover = count - take.Sum();
        foreach (var g in Enumerable.Range(0, groups.Length).OrderByDescending(g => exact[g] - take[g]).ThenBy(g => g).Take(leftover))
        {
            take[g]++;
        }

        var sample = new List<int>(count);
        for (var g = 0; g < groups.Length; g++)
        {
            var members = groups[g];
            _random.Shuffle(members);
            sample.AddRange(members.Take(take[g]));
        }

        sample.Sort();
        return sample.ToArray();
    }
}
