namespace ClassicCv.Evaluation;

/// <summary>Counts of (true class, predicted class) pairs; rows are true classes, columns predicted ones.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;

    /// <summary>Tallies predictions against the truth.</summary>
    /// <param name="truth">True class of every example.</param>
    /// <param name="predicted">Predicted class of every example (same length).</param>
    /// <param name="classCount">Number of classes.</param>
    public ConfusionMatrix(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int classCount)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"Received {truth.Count} true labels but {predicted.Count} predictions; expected equal counts.", nameof(predicted));
        }

        _counts = new int[classCount, classCount];
        for (var i = 0; i < truth.Count; i++)
        {
            _counts[truth[i], predicted[i]]++;
        }

        ClassCount = classCount;
        Total = truth.Count;
    }

    /// <summary>Number of classes (rows and columns).</summary>
    public int ClassCount { get; }

    /// <summary>Number of examples tallied.</summary>
    public int Total { get; }

    /// <summary>How many examples of class <paramref name="truth"/> were predicted as <paramref name="predicted"/>.</summary>
    public int this[int truth, int predicted] => _counts[truth, predicted];

    /// <summary>Examples whose true class is <paramref name="label"/> (the class's support).</summary>
    public int RowTotal(int label) => Enumerable.Range(0, ClassCount).Sum(p => _counts[label, p]);

    /// <summary>Examples predicted as <paramref name="label"/>.</summary>
    public int ColumnTotal(int label) => Enumerable.Range(0, ClassCount).Sum(t => _counts[t, label]);

    /// <summary>Correctly classified examples (the diagonal).</summary>
    public int Correct => Enumerable.Range(0, ClassCount).Sum(c => _counts[c, c]);
}
