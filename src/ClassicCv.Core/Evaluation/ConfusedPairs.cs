namespace ClassicCv.Evaluation;

/// <summary>Finds the off-diagonal cells of a confusion matrix with the most examples.</summary>
public static class ConfusedPairs
{
    /// <summary>The <paramref name="count"/> most frequent confusions, most frequent first (ties by true then predicted label).</summary>
    /// <param name="confusion">The confusion matrix.</param>
    /// <param name="classNames">Class names, by label.</param>
    /// <param name="count">How many pairs to return at most; at least 1.</param>
    public static IReadOnlyList<ConfusedPair> Top(ConfusionMatrix confusion, IReadOnlyList<string> classNames, int count)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var pairs = new List<ConfusedPair>();
        for (var t = 0; t < confusion.ClassCount; t++)
        {
            var support = confusion.RowTotal(t);
            for (var p = 0; p < confusion.ClassCount; p++)
            {
                if (t != p && confusion[t, p] > 0)
                {
                    pairs.Add(new ConfusedPair(t, classNames[t], p, classNames[p], confusion[t, p], (double)confusion[t, p] / support));
                }
            }
        }

        return pairs.OrderByDescending(pair => pair.Count).ThenBy(pair => pair.TrueLabel).ThenBy(pair => pair.PredictedLabel).Take(count).ToArray();
    }
}
