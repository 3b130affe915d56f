namespace ClassicCv.Evaluation;

/// <summary>Compares every classifier with the most accurate one by McNemar's test on the same test examples.</summary>
public static class PairwiseComparison
{
    /// <summary>One test per classifier other than the best (the first of equally accurate ones).</summary>
    /// <param name="names">Classifier names.</param>
    /// <param name="predictions">Predicted class of every test example, per classifier (same order as the names).</param>
    /// <param name="truth">True class of every test example.</param>
    public static IReadOnlyList<PairwiseTest> AgainstBest(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<int>> predictions, IReadOnlyList<int> truth)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(truth);
        if (names.Count != predictions.Count)
        {
            throw new ArgumentException($"Received {names.Count} names but {predictions.Count} prediction lists; expected one list per name.", nameof(predictions));
        }

        if (names.Count < 2)
        {
            return [];
        }

        var correct = predictions.Select(p => (IReadOnlyList<bool>)truth.Select((t, i) => p[i] == t).ToArray()).ToArray();
        var accuracy = correct.Select(c => c.Count == 0 ? 0 : (double)c.Count(x => x) / c.Count).ToArray();
        var best = Array.IndexOf(accuracy, accuracy.Max());
        return Enumerable.Range(0, names.Count).Where(i => i != best)
            .Select(i => new PairwiseTest(names[best], names[i], accuracy[best], accuracy[i], McNemarTest.Compare(correct[best], correct[i])))
            .ToArray();
    }
}
