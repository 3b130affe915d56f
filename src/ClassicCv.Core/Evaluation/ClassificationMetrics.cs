namespace ClassicCv.Evaluation;

/// <summary>
/// Accuracy, per-class precision / recall / F1 / support, their macro and support-weighted averages, and the
/// confusion matrix of one classifier on one test set. Undefined ratios (a class never predicted or absent) count as 0,
/// as scikit-learn's <c>zero_division=0</c>; macro averages run over classes present in the truth or the predictions.
/// </summary>
public sealed record ClassificationMetrics
{
    /// <summary>Share of examples classified correctly.</summary>
    public required double Accuracy { get; init; }

    /// <summary>Unweighted mean of per-class precision.</summary>
    public required double MacroPrecision { get; init; }

    /// <summary>Unweighted mean of per-class recall.</summary>
    public required double MacroRecall { get; init; }

    /// <summary>Unweighted mean of per-class F1.</summary>
    public required double MacroF1 { get; init; }

    /// <summary>Support-weighted mean of per-class precision.</summary>
    public required double WeightedPrecision { get; init; }

    /// <summary>Support-weighted mean of per-class recall.</summary>
    public required double WeightedRecall { get; init; }

    /// <summary>Support-weighted mean of per-class F1.</summary>
    public required double WeightedF1 { get; init; }

    /// <summary>Mean recall over the classes present in the truth (scikit-learn's <c>balanced_accuracy_score</c>).</summary>
    public double BalancedAccuracy { get; init; }

    /// <summary>
    /// Cohen's kappa: agreement with the truth beyond what the class frequencies give by chance, (p_o − p_e) / (1 − p_e),
    /// from −1 to 1; 0 when chance agreement is already perfect (p_e = 1).
    /// </summary>
    public double CohensKappa { get; init; }

    /// <summary>Metrics of every class, by label.</summary>
    public required IReadOnlyList<ClassMetrics> PerClass { get; init; }

    /// <summary>The confusion matrix the metrics were computed from.</summary>
    public required ConfusionMatrix Confusion { get; init; }

    /// <summary>Computes every metric.</summary>
    /// <param name="truth">True class of every test example.</param>
    /// <param name="predicted">Predicted class of every test example.</param>
    /// <param name="classNames">Class names, by label.</param>
    public static ClassificationMetrics Compute(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        var confusion = new ConfusionMatrix(truth, predicted, classNames.Count);
        var perClass = new List<ClassMetrics>(classNames.Count);
        for (var c = 0; c < classNames.Count; c++)
        {
            var tp = confusion[c, c];
            var support = confusion.RowTotal(c);
            var predictedCount = confusion.ColumnTotal(c);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(c, classNames[c], precision, recall, f1, support));
        }

        var present = perClass.Where(m => m.Support > 0 || confusion.ColumnTotal(m.Label) > 0).ToArray();
        var total = Math.Max(1, confusion.Total);
        return new ClassificationMetrics
        {
            Accuracy = confusion.Total == 0 ? 0 : (double)confusion.Correct / confusion.Total,
            MacroPrecision = present.Length == 0 ? 0 : present.Average(m => m.Precision),
            MacroRecall = present.Length == 0 ? 0 : present.Average(m => m.Recall),
            MacroF1 = present.Length == 0 ? 0 : present.Average(m => m.F1),
            BalancedAccuracy = perClass.Any(m => m.Support > 0) ? perClass.Where(m => m.Support > 0).Average(m => m.Recall) : 0,
            CohensKappa = Kappa(confusion),
            WeightedPrecision = perClass.Sum(m => m.Precision * m.Support) / total,
            WeightedRecall = perClass.Sum(m => m.Recall * m.Support) / total,
            WeightedF1 = perClass.Sum(m => m.F1 * m.Support) / total,
            PerClass = perClass,
            Confusion = confusion,
        };
    }

    private static double Kappa(ConfusionMatrix confusion)
    {
        if (confusion.Total == 0)
        {
            return 0;
        }

        double n = confusion.Total;
        var observed = confusion.Correct / n;
        var expected = Enumerable.Range(0, confusion.ClassCount).Sum(c => confusion.RowTotal(c) / n * (confusion.ColumnTotal(c) / n));
        return expected >= 1 ? 0 : (observed - expected) / (1 - expected);
    }
}
