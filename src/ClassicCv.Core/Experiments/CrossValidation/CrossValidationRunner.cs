using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Splitting;
using ClassicCv.Studies.LearningCurves;

namespace ClassicCv.Experiments.CrossValidation;

/// <summary>
/// Runs every contender on every fold of a <see cref="CrossValidationProtocol"/> (each fold an ordinary
/// <see cref="ExperimentRunner"/> run on that fold's split, with fresh contenders), then pools the folds: per pipeline
/// the mean ± std of the fold scores, the corrected resampled t-test against the best, and the out-of-fold predictions.
/// Features that do not depend on the training images are extracted once for all folds (the run's
/// <c>FeatureStore</c> keeps them by content); extractors that learn (codebooks) are fitted again on every fold's training part.
/// </summary>
public sealed class CrossValidationRunner
{
    private readonly CrossValidationProtocol _protocol;
    private readonly EvaluationOptions _evaluation;

    /// <summary>Creates the runner.</summary>
    /// <param name="protocol">Folds, repeats and seed.</param>
    /// <param name="evaluation">How test statistics are computed (the bootstrap takes the run's seed).</param>
    public CrossValidationRunner(CrossValidationProtocol protocol, EvaluationOptions evaluation)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(evaluation);
        _protocol = protocol;
        _evaluation = evaluation;
    }

    /// <summary>Cross-validates the contenders.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">The items to cross-validate (e.g. every image of the dataset).</param>
    /// <param name="contenders">Makes a fresh set of contenders, in report order, for every fold.</param>
    /// <param name="observer">Progress sink; stage lines are prefixed with the fold.</param>
    public CrossValidationOutcome Run(ImageDataset dataset, IReadOnlyList<int> items, Func<IReadOnlyList<IImageClassifierTrainer>> contenders, IExperimentObserver observer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(contenders);
        ArgumentNullException.ThrowIfNull(observer);
        var runs = new List<(CrossValidationFold Fold, ExperimentOutcome Outcome)>();
        var splits = _protocol.Splits(items, dataset.Labels(), dataset.Groups());
        foreach (var fold in splits)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"cv repeat {fold.Repeat + 1}/{_protocol.Repeats} fold {fold.Fold + 1}/{_protocol.Folds}: ");
            var outcome = new ExperimentRunner(new PrefixedObserver(observer, prefix), _evaluation).Run(dataset, fold.Split, contenders());
            runs.Add((fold, outcome));
        }

        var names = runs[0].Outcome.Results.Select(r => r.Name).ToArray();
        var scores = runs.SelectMany(run => run.Outcome.Results.Select(r => new FoldScore(r.Name, run.Fold.Repeat, run.Fold.Fold, r.TrainCount, r.TestCount, r.Metrics.Accuracy, r.Metrics.MacroF1, r.TrainSeconds))).ToArray();
        var pipelines = names.Select(name => CrossValidatedPipeline.Of(name, scores.Where(s => s.Pipeline == name).ToArray())).ToArray();
        var report = new CrossValidationReport(_protocol.Folds, _protocol.Repeats, _protocol.Seed, scores, pipelines, [], OutOfFold(runs, names));
        report = report with { Comparisons = Compare(pipelines, scores, report.TestTrainRatio) };
        var meanTrain = (int)Math.Round(runs.Average(run => run.Outcome.Split.Train.Count), MidpointRounding.AwayFromZero);
        var pooled = Pool(dataset, runs.Where(run => run.Fold.Repeat == 0).ToArray(), runs);
        foreach (var result in pooled.Results)
        {
            observer.PipelineFinished(result);
        }

        return new CrossValidationOutcome(pooled, report, meanTrain);
    }

    private static OutOfFoldPrediction[] OutOfFold(List<(CrossValidationFold Fold, ExperimentOutcome Outcome)> runs, string[] names) =>
        runs.SelectMany(run => run.Outcome.TestImages.Select((image, i) => new OutOfFoldPrediction(
                run.Fold.Repeat, run.Fold.Fold, image, names.Select(name => run.Outcome.Results.Single(r => r.Name == name).TestPredictions!.Labels[i]).ToArray())))
            .OrderBy(p => p.Repeat).ThenBy(p => p.Image.Item).ToArray();

    private static CrossValidationComparison[] Compare(CrossValidatedPipeline[] pipelines, FoldScore[] scores, double ratio)
    {
        if (pipelines.Length < 2)
        {
            return [];
        }

        var best = pipelines.First(p => p.MeanAccuracy == pipelines.Max(q => q.MeanAccuracy));
        double[] Accuracies(string name) => scores.Where(s => s.Pipeline == name).OrderBy(s => s.Repeat).ThenBy(s => s.Fold).Select(s => s.Accuracy).ToArray();
        return pipelines.Where(p => p != best)
            .Select(p => new CrossValidationComparison(best.Pipeline, p.Pipeline, best.MeanAccuracy, p.MeanAccuracy, CorrectedResampledTTest.Compare(Accuracies(best.Pipeline), Accuracies(p.Pipeline), ratio)))
            .ToArray();
    }

    private ExperimentOutcome Pool(ImageDataset dataset, (CrossValidationFold Fold, ExperimentOutcome Outcome)[] first, List<(CrossValidationFold Fold, ExperimentOutcome Outcome)> all)
    {
        var images = first.SelectMany(run => run.Outcome.TestImages).OrderBy(image => image.Item).ToArray();
        var position = images.Select((image, p) => (image.Item, p)).ToDictionary(x => x.Item, x => x.p);
        var truth = images.Select(image => image.Label).ToArray();
        var evaluator = new PipelineEvaluator(_evaluation);
        var results = new List<PipelineResult>();
        foreach (var model in first[0].Outcome.Results)
        {
            var parts = first.Select(run => (run.Outcome.TestImages.Select(image => position[image.Item]).ToArray(), run.Outcome.Results.Single(r => r.Name == model.Name).TestPredictions!)).ToArray();
            var predictions = PooledPredictions.Of(parts, images.Length, dataset.ClassNames.Count);
            var metrics = ClassificationMetrics.Compute(truth, predictions.Labels, dataset.ClassNames);
            var folds = first.Select(run => run.Outcome.Results.Single(r => r.Name == model.Name)).ToArray();
            results.Add(model with
            {
                TrainCount = (int)Math.Round(folds.Average(r => r.TrainCount), MidpointRounding.AwayFromZero),
                TestCount = images.Length,
                Metrics = metrics,
                Statistics = evaluator.Evaluate(truth, predictions, metrics, dataset.ClassNames),
                TestPredictions = predictions,
                TrainSeconds = all.Sum(run => run.Outcome.Results.Single(r => r.Name == model.Name).TrainSeconds),
                PredictSeconds = folds.Sum(r => r.PredictSeconds),
            });
        }

        var failed = all.SelectMany(run => run.Outcome.Failed).DistinctBy(s => s.Path).ToArray();
        var notes = all.SelectMany(run => run.Outcome.Notes).Distinct(StringComparer.Ordinal).ToArray();
        var split = new DataSplit([], images.Select(image => image.Item).ToArray(), _protocol.Description);
        return new ExperimentOutcome(split, results, failed, notes) { TestImages = images };
    }
}
