namespace ClassicCv.Evaluation.Ranking;

/// <summary>Per-class one-vs-rest ROC and precision–recall curves of a classifier's scores, with macro averages.</summary>
/// <param name="Classes">One entry per class, in class order.</param>
/// <param name="MacroRocAuc">Mean ROC AUC over classes that have both positives and negatives in the test split (NaN when none).</param>
/// <param name="MacroAveragePrecision">Mean average precision over classes with positives (NaN when none).</param>
public sealed record OneVsRestCurves(IReadOnlyList<ClassCurves> Classes, double MacroRocAuc, double MacroAveragePrecision)
{
    /// <summary>Computes the curves.</summary>
    /// <param name="truth">True class of every example.</param>
    /// <param name="scores">Scores, row-major examples × classes, higher meaning more likely.</param>
    /// <param name="classCount">Number of classes.</param>
    public static OneVsRestCurves Compute(IReadOnlyList<int> truth, float[] scores, int classCount)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (scores.Length != truth.Count * classCount)
        {
            throw new ArgumentException($"Received {scores.Length} scores for {truth.Count} examples × {classCount} classes.", nameof(scores));
        }

        var classes = new ClassCurves[classCount];
        var column = new float[truth.Count];
        var positive = new bool[truth.Count];
        for (var k = 0; k < classCount; k++)
        {
            for (var i = 0; i < truth.Count; i++)
            {
                column[i] = scores[(i * classCount) + k];
                positive[i] = truth[i] == k;
            }

            classes[k] = BinaryCurves.Compute(k, column, positive);
        }

        var aucs = classes.Select(c => c.RocAuc).Where(a => !double.IsNaN(a)).ToArray();
        var aps = classes.Select(c => c.AveragePrecision).Where(a => !double.IsNaN(a)).ToArray();
        return new OneVsRestCurves(classes, aucs.Length == 0 ? double.NaN : aucs.Average(), aps.Length == 0 ? double.NaN : aps.Average());
    }
}
