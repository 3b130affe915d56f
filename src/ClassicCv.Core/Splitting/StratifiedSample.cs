namespace ClassicCv.Splitting;

/// <summary>
/// A seeded, stratified subset of at most <c>count</c> positions: every class keeps its share (largest remainders
/// round), chosen at random within the class. For bounding the work of a study on a big test split.
/// </summary>
public static class StratifiedSample
{
    /// <summary>Positions (ascending) into <paramref name="labels"/> of the subset; all positions when there are no more than <paramref name="count"/>.</summary>
    /// <param name="labels">The class of every candidate, by position.</param>
    /// <param name="count">Positions to keep, at least 1.</param>
    /// <param name="seed">Seed of the choice.</param>
    public static int[] Positions(IReadOnlyList<int> labels, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (labels.Count <= count)
        {
            return Enumerable.Range(0, labels.Count).ToArray();
        }

        var random = new Random(seed);
        var classes = Enumerable.Range(0, labels.Count).GroupBy(p => labels[p]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var shares = classes.Select(members => (double)members.Length * count / labels.Count).ToArray();
        var quotas = shares.Select(share => (int)Math.Floor(share)).ToArray();
        foreach (var c in Enumerable.Range(0, classes.Length).OrderByDescending(c => shares[c] - quotas[c]).ThenBy(c => c).Take(count - quotas.Sum()))
        {
            quotas[c]++;
        }

        var kept = new List<int>(count);
        for (var c = 0; c < classes.Length; c++)
        {
            random.Shuffle(classes[c]);
            kept.AddRange(classes[c].Take(quotas[c]));
        }

        kept.Sort();
        return kept.ToArray();
    }
}
