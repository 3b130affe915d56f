using ClassicCv.Evaluation;

namespace ClassicCv.Studies.Robustness;

/// <summary>
/// Turns predictions on corrupted images into a <see cref="RobustnessReport"/>: accuracy with a bootstrap interval,
/// the drop from clean and McNemar's test against clean per condition; the mean corruption accuracy per pipeline and
/// McNemar's test of every pipeline against the most robust one.
/// </summary>
public static class RobustnessStatistics
{
    /// <summary>Computes the report.</summary>
    /// <param name="truth">True label per study image.</param>
    /// <param name="testItems">Dataset item index per study image.</param>
    /// <param name="conditions">The corruption conditions, in the order of every pipeline's corrupted predictions.</param>
    /// <param name="pipelines">Every measured pipeline's predictions.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <param name="evaluation">Bootstrap resamples and seed.</param>
    /// <param name="notes">Pipelines that could not be measured, and why.</param>
    public static RobustnessReport Compute(IReadOnlyList<int> truth, IReadOnlyList<int> testItems, IReadOnlyList<(string Corruption, int Severity)> conditions, IReadOnlyList<CorruptedPredictions> pipelines, int classCount, EvaluationOptions evaluation, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(evaluation);
        var bootstrap = new BootstrapEstimator(evaluation.BootstrapResamples, evaluation.Seed);
        var results = new List<CorruptionResult>();
        var summaries = new List<(CorruptedPredictions Predictions, double Clean, double Mean, ConfidenceInterval Interval, bool[] Pooled)>();
        foreach (var pipeline in pipelines)
        {
            var clean = Correct(truth, pipeline.Clean);
            var cleanAccuracy = Mean(clean);
            var pooled = new List<bool>();
            for (var c = 0; c < conditions.Count; c++)
            {
                var corrupted = Correct(truth, pipeline.Corrupted[c]);
                pooled.AddRange(corrupted);
                var interval = bootstrap.Estimate(truth, pipeline.Corrupted[c], classCount).Accuracy;
                results.Add(new CorruptionResult(pipeline.Pipeline, conditions[c].Corruption, conditions[c].Severity, Mean(corrupted), interval, cleanAccuracy, McNemarTest.Compare(clean, corrupted)));
            }

            var mean = conditions.Count == 0 ? cleanAccuracy : pooled.Count(x => x) / (double)pooled.Count;
            summaries.Add((pipeline, cleanAccuracy, mean, MeanInterval(truth.Count, conditions.Count, pooled, evaluation), pooled.ToArray()));
        }

        var ordered = summaries.OrderByDescending(s => s.Mean).ToArray();
        var rows = ordered.Select((s, i) => new PipelineRobustness(s.Predictions.Pipeline, s.Clean, s.Mean, s.Interval, i == 0 ? null : McNemarTest.Compare(ordered[0].Pooled, s.Pooled))).ToArray();
        return new RobustnessReport(truth.Count, testItems.ToArray(), evaluation.Seed, results, rows, notes);
    }

    private static bool[] Correct(IReadOnlyList<int> truth, IReadOnlyList<int> predicted) =>
        Enumerable.Range(0, truth.Count).Select(i => truth[i] == predicted[i]).ToArray();

    private static double Mean(bool[] correct) => correct.Length == 0 ? 0 : correct.Count(x => x) / (double)correct.Length;

    /// <summary>Resamples images (every condition of a drawn image kept together) and reads off the percentile interval.</summary>
    private static ConfidenceInterval MeanInterval(int images, int conditions, List<bool> pooled, EvaluationOptions evaluation)
    {
        const double Level = 0.95;
        if (images == 0 || conditions == 0)
        {
            return new ConfidenceInterval(0, 0, Level);
        }

        var perImage = new int[images];
        for (var c = 0; c < conditions; c++)
        {
            for (var i = 0; i < images; i++)
            {
                perImage[i] += pooled[(c * images) + i] ? 1 : 0;
            }
        }

        var random = new Random(evaluation.Seed);
        var means = new double[evaluation.BootstrapResamples];
        for (var r = 0; r < means.Length; r++)
        {
            long total = 0;
            for (var i = 0; i < images; i++)
            {
                total += perImage[random.Next(images)];
            }

            means[r] = total / (double)((long)images * conditions);
        }

        Array.Sort(means);
        return new ConfidenceInterval(BootstrapEstimator.Quantile(means, (1 - Level) / 2), BootstrapEstimator.Quantile(means, 1 - ((1 - Level) / 2)), Level);
    }
}
