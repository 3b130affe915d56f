namespace ClassicCv.Evaluation.Ranking;

/// <summary>ROC and precision–recall curves of one binary problem (scores of the positive class).</summary>
public static class BinaryCurves
{
    /// <summary>Computes the curves, their AUC and average precision; tied scores form one threshold.</summary>
    /// <param name="classIndex">The class the curves are for (carried into the result).</param>
    /// <param name="scores">Score of every example, higher meaning more likely positive.</param>
    /// <param name="positive">Whether each example is positive.</param>
    public static ClassCurves Compute(int classIndex, IReadOnlyList<float> scores, IReadOnlyList<bool> positive)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException($"Received {scores.Count} scores for {positive.Count} examples.", nameof(scores));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var positives = positive.Count(p => p);
        var negatives = positive.Count - positives;
        var roc = new List<CurvePoint> { new(0, 0) };
        var pr = new List<CurvePoint> { new(0, 1) };
        double auc = 0, ap = 0;
        int tp = 0, fp = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]].Equals(scores[order[start]]))
            {
                if (positive[order[end]])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }

                end++;
            }

            var previous = roc[^1];
            var point = new CurvePoint(negatives == 0 ? 0 : (double)fp / negatives, positives == 0 ? 0 : (double)tp / positives);
            auc += (point.X - previous.X) * (point.Y + previous.Y) / 2;
            roc.Add(point);
            var recall = positives == 0 ? 0 : (double)tp / positives;
            var precision = (double)tp / (tp + fp);
            ap += (recall - pr[^1].X) * precision;
            pr.Add(new CurvePoint(recall, precision));
            start = end;
        }

        return new ClassCurves(classIndex, positives, positives == 0 || negatives == 0 ? double.NaN : auc, positives == 0 ? double.NaN : ap, roc, pr);
    }
}
