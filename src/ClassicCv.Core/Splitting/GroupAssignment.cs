namespace ClassicCv.Splitting;

/// <summary>
/// Assigns whole groups to parts of given shares, stratified as well as the groups allow (like scikit-learn's
/// StratifiedGroupKFold): the groups are shuffled with the seed, then taken largest first, and each goes to the part
/// where adding its class counts brings the part's class counts closest (least squares) to the part's share of every
/// class; ties go to the part filled least relative to its share. An item without a group is a group of its own.
/// </summary>
public static class GroupAssignment
{
    /// <summary>How many groups <paramref name="groups"/> forms (each <c>null</c> entry is a group of its own).</summary>
    /// <param name="groups">The group of every item.</param>
    public static int Count(IReadOnlyList<string?> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Where(group => group is not null).Distinct(StringComparer.Ordinal).Count() + groups.Count(group => group is null);
    }

    /// <summary>The part (0 .. shares.Count − 1) of every item.</summary>
    /// <param name="labels">The class of every item.</param>
    /// <param name="groups">The group of every item (<c>null</c>: a group of its own), same length as <paramref name="labels"/>.</param>
    /// <param name="shares">Each part's share of the items, positive, summing to 1 (e.g. 0.8 and 0.2, or 1/k each).</param>
    /// <param name="seed">Seed of the shuffle that orders groups of equal size.</param>
    public static int[] Assign(IReadOnlyList<int> labels, IReadOnlyList<string?> groups, IReadOnlyList<double> shares, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(shares);
        if (groups.Count != labels.Count)
        {
            throw new ArgumentException($"Expected one group per item ({labels.Count}), received {groups.Count}.", nameof(groups));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(shares.Count, 2);
        var classes = labels.Count == 0 ? 0 : labels.Max() + 1;
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var singles = new List<List<int>>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (groups[i] is not { } group)
            {
                singles.Add([i]);
            }
            else if (members.TryGetValue(group, out var list))
            {
                list.Add(i);
            }
            else
            {
                members[group] = [i];
            }
        }

        var ordered = members.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).Concat(singles).ToArray();
        new Random(seed).Shuffle(ordered);
        ordered = ordered.OrderByDescending(group => group.Count).ToArray();
        var totals = new double[classes];
        foreach (var label in labels)
        {
            totals[label]++;
        }

        var counts = new double[shares.Count, classes];
        var filled = new double[shares.Count];
        var part = new int[labels.Count];
        var groupCounts = new double[classes];
        foreach (var group in ordered)
        {
            Array.Clear(groupCounts);
            foreach (var item in group)
            {
                groupCounts[labels[item]]++;
            }

            var best = 0;
            var bestCost = double.PositiveInfinity;
            for (var p = 0; p < shares.Count; p++)
            {
                var cost = 0.0;
                for (var c = 0; c < classes; c++)
                {
                    cost += groupCounts[c] * ((2 * (counts[p, c] - (shares[p] * totals[c]))) + groupCounts[c]);
                }

                if (cost < bestCost - 1e-9 || (Math.Abs(cost - bestCost) <= 1e-9 && filled[p] / shares[p] < filled[best] / shares[best]))
                {
                    best = p;
                    bestCost = cost;
                }
            }

            foreach (var item in group)
            {
                part[item] = best;
                counts[best, labels[item]]++;
            }

            filled[best] += group.Count;
        }

        return part;
    }
}
