namespace ClassicCv.Evaluation;

/// <summary>Which points are not dominated: no other point is both cheaper (or as cheap) and better.</summary>
public static class ParetoFront
{
    /// <summary>
    /// Indices of the points on the front (lower cost, higher score), cheapest first. A point is on it when every
    /// cheaper-or-equal point scores strictly lower.
    /// </summary>
    /// <param name="costs">Cost of each point (lower is better).</param>
    /// <param name="scores">Score of each point (higher is better), same length.</param>
    public static IReadOnlyList<int> Indices(IReadOnlyList<double> costs, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(scores);
        if (costs.Count != scores.Count)
        {
            throw new ArgumentException($"Received {costs.Count} costs but {scores.Count} scores; expected one score per cost.", nameof(scores));
        }

        var front = new List<int>();
        var best = double.NegativeInfinity;
        foreach (var i in Enumerable.Range(0, costs.Count).OrderBy(i => costs[i]).ThenByDescending(i => scores[i]))
        {
            if (scores[i] > best)
            {
                front.Add(i);
                best = scores[i];
            }
        }

        return front;
    }
}
