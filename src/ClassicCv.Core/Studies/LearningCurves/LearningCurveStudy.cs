using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>
/// Trains every contender again at every smaller training size (nested, seeded, stratified subsets of the run's
/// training split) and tests it on the run's unchanged test split; the <c>all</c> point is the run itself, so it
/// equals a plain run with the same seed exactly.
/// </summary>
public sealed class LearningCurveStudy
{
    private readonly IReadOnlyList<TrainingSize> _sizes;
    private readonly EvaluationOptions _evaluation;

    /// <summary>Creates the study.</summary>
    /// <param name="sizes">The sizes, in any order; each once.</param>
    /// <param name="evaluation">The run's seed (subsets, bootstrap) and bootstrap resamples.</param>
    public LearningCurveStudy(IReadOnlyList<TrainingSize> sizes, EvaluationOptions evaluation)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(evaluation);
        _sizes = sizes;
        _evaluation = evaluation;
    }

    /// <summary>Runs the smaller sizes and assembles the curve.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="full">The run on the whole training split.</param>
    /// <param name="contenders">Makes a fresh set of contenders, in the run's order, for each size.</param>
    /// <param name="observer">Progress sink.</param>
    public LearningCurveReport Run(ImageDataset dataset, ExperimentOutcome full, Func<IReadOnlyList<IImageClassifierTrainer>> contenders, IExperimentObserver observer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(contenders);
        ArgumentNullException.ThrowIfNull(observer);
        var labels = dataset.Labels();
        var runs = new List<(TrainingSize Size, int TrainCount, IReadOnlyList<PipelineResult> Results)>();
        foreach (var size in _sizes)
        {
            var split = NestedTrainingSubsets.Apply(full.Split, labels, size, _evaluation.Seed);
            if (split.Train.Count == full.Split.Train.Count)
            {
                runs.Add((size, split.Train.Count, full.Results));
                continue;
            }

            var outcome = new ExperimentRunner(new PrefixedObserver(observer, $"learning curve {size.Label}: "), _evaluation).Run(dataset, split, contenders());
            runs.Add((size, split.Train.Count, outcome.Results));
        }

        var ordered = runs.OrderBy(r => r.Size.IsAll).ThenBy(r => r.TrainCount).ToArray();
        var truth = full.TestImages.Select(t => t.Label).ToArray();
        var points = ordered.SelectMany(r => r.Results.Select(p => new LearningCurvePoint(
            p.Name, r.Size.Label, p.TrainCount, p.Metrics.Accuracy, p.Statistics?.Bootstrap.Accuracy ?? new ConfidenceInterval(p.Metrics.Accuracy, p.Metrics.Accuracy, 0.95),
            p.Metrics.MacroF1, p.TrainSeconds, p.ExtractSeconds))).ToArray();
        var comparisons = ordered.Select(r => Compare(r.Size.Label, r.Results, truth)).OfType<LearningCurveCrossover>().ToArray();
        return new LearningCurveReport(ordered.Select(r => r.Size.Label).ToArray(), points, comparisons, _evaluation.Seed);
    }

    private static LearningCurveCrossover? Compare(string size, IReadOnlyList<PipelineResult> results, int[] truth)
    {
        var deep = results.Where(r => ContenderKind.IsDeep(r.Features)).MaxBy(r => r.Metrics.Accuracy);
        var classical = results.Where(r => !ContenderKind.IsDeep(r.Features)).MaxBy(r => r.Metrics.Accuracy);
        if (deep?.TestPredictions is null || classical?.TestPredictions is null)
        {
            return null;
        }

        var test = McNemarTest.Compare(Correct(truth, classical.TestPredictions.Labels), Correct(truth, deep.TestPredictions.Labels));
        return new LearningCurveCrossover(size, deep.Name, classical.Name, test, deep.Metrics.Accuracy > classical.Metrics.Accuracy && test.PValue < 0.05);
    }

    private static bool[] Correct(int[] truth, int[] predicted) => truth.Select((t, i) => predicted[i] == t).ToArray();
}
