using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using MathNet.Numerics.Distributions;

namespace ClassicCv.Studies.Slices;

/// <summary>
/// Splits the test predictions of every pipeline by the value of one column and measures each slice: accuracy and
/// macro-F1 with 95% percentile bootstrap intervals (the run's seed), and whether the slice is significantly less
/// accurate than the rest of the test split. The test is Fisher's exact test, one-sided: given the pipeline's total of
/// correct predictions, the slice's count of correct ones is hypergeometric when slice and rest share one accuracy,
/// so p = P(X ≤ observed). The slice is compared with the rest, not with the overall accuracy, which contains it.
/// Holm's step-down correction over the pipeline's slices keeps the chance of any false flag at <c>alpha</c>.
/// </summary>
public static class SliceStudy
{
    /// <summary>Measures every pipeline on every slice.</summary>
    /// <param name="column">The sliced column's name.</param>
    /// <param name="values">The column's value for every test image, in prediction order.</param>
    /// <param name="truth">The true class of every test image.</param>
    /// <param name="pipelines">The pipelines, each with its test predictions.</param>
    /// <param name="classNames">The class names.</param>
    /// <param name="evaluation">Bootstrap resamples and seed.</param>
    /// <param name="alpha">Family-wise significance level per pipeline, in (0, 1).</param>
    public static SliceReport Run(string column, IReadOnlyList<string> values, IReadOnlyList<int> truth, IReadOnlyList<PipelineResult> pipelines, IReadOnlyList<string> classNames, EvaluationOptions evaluation, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(evaluation);
        if (values.Count != truth.Count)
        {
            throw new ArgumentException($"Expected one value per test image ({truth.Count}), received {values.Count}.", nameof(values));
        }

        var bootstrap = new BootstrapEstimator(evaluation.BootstrapResamples, evaluation.Seed);
        var slices = Enumerable.Range(0, values.Count).GroupBy(i => values[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var results = new List<SliceResult>();
        foreach (var pipeline in pipelines)
        {
            var predicted = pipeline.TestPredictions?.Labels ?? throw new ArgumentException($"Pipeline '{pipeline.Name}' has no test predictions.", nameof(pipelines));
            var correctTotal = Enumerable.Range(0, truth.Count).Count(i => predicted[i] == truth[i]);
            var rows = slices.Select(slice =>
            {
                var members = slice.ToArray();
                var sliceTruth = members.Select(i => truth[i]).ToArray();
                var slicePredicted = members.Select(i => predicted[i]).ToArray();
                var correct = members.Count(i => predicted[i] == truth[i]);
                var metrics = ClassificationMetrics.Compute(sliceTruth, slicePredicted, classNames);
                var intervals = bootstrap.Estimate(sliceTruth, slicePredicted, classNames.Count);
                var rest = truth.Count - members.Length;
                var restAccuracy = rest == 0 ? double.NaN : (double)(correctTotal - correct) / rest;
                var p = rest == 0 ? 1 : Hypergeometric.CDF(truth.Count, correctTotal, members.Length, correct);
                return (slice.Key, members.Length, metrics, intervals, rest, restAccuracy, P: Math.Min(1, p));
            }).ToArray();
            var holm = Holm(rows.Select(r => r.P).ToArray());
            results.AddRange(rows.Select((r, k) => new SliceResult(pipeline.Name, r.Key, r.Length, r.metrics.Accuracy, r.intervals.Accuracy, r.metrics.MacroF1, r.intervals.MacroF1, r.rest, r.restAccuracy, r.P, holm[k], holm[k] < alpha)));
        }

        return new SliceReport(column, results, alpha);
    }

    /// <summary>Holm's step-down adjusted p-values, in the order given.</summary>
    /// <param name="p">Raw p-values.</param>
    public static double[] Holm(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var order = Enumerable.Range(0, p.Count).OrderBy(i => p[i]).ToArray();
        var adjusted = new double[p.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            running = Math.Max(running, Math.Min(1, (p.Count - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
