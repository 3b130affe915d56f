using System.Diagnostics;
using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Splitting;

namespace ClassicCv.Experiments;

/// <summary>
/// Measures every contender on the same split: prepares all of them (so images that fail to decode are removed
/// from the split for everybody), then trains each on the training part and predicts the test part.
/// </summary>
public sealed class ExperimentRunner
{
    private readonly IExperimentObserver _observer;
    private readonly PipelineEvaluator _evaluator;
    private readonly Func<PipelineResult, IImageClassifier, long?>? _trained;

    /// <summary>Creates a runner that reports progress to <paramref name="observer"/> (bootstrap seeded with 42).</summary>
    /// <param name="observer">Progress sink.</param>
    public ExperimentRunner(IExperimentObserver observer)
        : this(observer, new EvaluationOptions(42))
    {
    }

    /// <summary>Creates a runner that reports progress to <paramref name="observer"/>.</summary>
    /// <param name="observer">Progress sink.</param>
    /// <param name="evaluation">How test statistics are computed (the bootstrap takes the run's seed from it).</param>
    /// <param name="trained">Called with every contender's result and its trained classifier before the classifier is disposed (e.g. to save it); returns the saved model's size in bytes, or <c>null</c>.</param>
    public ExperimentRunner(IExperimentObserver observer, EvaluationOptions evaluation, Func<PipelineResult, IImageClassifier, long?>? trained = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        _observer = observer;
        _evaluator = new PipelineEvaluator(evaluation);
        _trained = trained;
    }

    /// <summary>
    /// Called once every contender has run, with the outcome and each contender's trained classifier (in result order),
    /// before they are disposed (e.g. to explain test predictions). When set, classifiers live until the end of the run.
    /// </summary>
    public Action<ExperimentOutcome, IReadOnlyList<IImageClassifier>>? Finished { get; init; }

    /// <summary>
    /// Finds a contender (given with what its preparation returned) that an earlier, interrupted run of the same
    /// experiment already trained, or returns <c>null</c> to train it. A resumed contender is predicted and evaluated
    /// like the others, but neither trained nor passed to the <c>trained</c> callback again.
    /// </summary>
    public Func<IImageClassifierTrainer, IPreparedContender, ResumedContender?>? Resume { get; init; }

    /// <summary>Runs the experiment.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split (before decoding failures are known).</param>
    /// <param name="contenders">The contenders, in report order.</param>
    public ExperimentOutcome Run(ImageDataset dataset, DataSplit split, IReadOnlyList<IImageClassifierTrainer> contenders)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(contenders);
        var preparations = new List<IPreparedContender>();
        var failed = new SortedDictionary<int, SkippedImage>();
        foreach (var contender in contenders)
        {
            _observer.StageStarted($"preparing {contender.FeaturesName} for {contender.ClassifierName}");
            var prepared = contender.Prepare(dataset, split);
            preparations.Add(prepared);
            foreach (var (item, skipped) in prepared.Preparation.Failed)
            {
                failed.TryAdd(item, skipped);
            }
        }

        var usable = split.Without(failed.Keys.ToHashSet());
        if (usable.Test.Count == 0 || usable.Train.Count == 0)
        {
            throw new Errors.UserInputException($"Dataset '{dataset.Source}': none of the {(usable.Test.Count == 0 ? $"{split.Test.Count} test" : $"{split.Train.Count} training")} images could be decoded ({failed.Count} skipped, e.g. '{failed.Values.FirstOrDefault()?.Path}'); expected readable images in both splits.");
        }

        var truth = usable.Test.Select(i => dataset.Items[i].Label).ToArray();
        var results = new List<PipelineResult>();
        var kept = new List<IImageClassifier>();
        try
        {
            return RunAll(dataset, contenders, preparations, failed, usable, truth, results, kept);
        }
        finally
        {
            foreach (var classifier in kept)
            {
                classifier.Dispose();
            }
        }
    }

    private ExperimentOutcome RunAll(ImageDataset dataset, IReadOnlyList<IImageClassifierTrainer> contenders, List<IPreparedContender> preparations, SortedDictionary<int, SkippedImage> failed, DataSplit usable, int[] truth, List<PipelineResult> results, List<IImageClassifier> kept)
    {
        for (var c = 0; c < contenders.Count; c++)
        {
            var contender = contenders[c];
            var prepared = preparations[c];
            var preparation = prepared.Preparation;
            var resumed = Resume?.Invoke(contender, prepared);
            _observer.StageStarted(resumed is null ? $"training {contender.FeaturesName}/{contender.ClassifierName}" : $"resuming {contender.FeaturesName}/{contender.ClassifierName}: trained by the interrupted run");
            var clock = Stopwatch.StartNew();
            var trained = resumed is null ? prepared.Train(usable.Train) : null;
            var classifier = resumed?.Classifier ?? trained!.Classifier;
            kept.Add(classifier);
            var trainSeconds = resumed?.TrainSeconds ?? clock.Elapsed.TotalSeconds;
            _observer.StageStarted($"predicting {contender.FeaturesName}/{contender.ClassifierName}");
            clock.Restart();
            var predictions = classifier.Predict(dataset, usable.Test);
            var predictSeconds = clock.Elapsed.TotalSeconds;
            var metrics = ClassificationMetrics.Compute(truth, predictions.Labels, dataset.ClassNames);
            var result = new PipelineResult
            {
                Features = contender.FeaturesName,
                Classifier = contender.ClassifierName,
                Settings = resumed?.Settings ?? trained!.Settings,
                TrainCount = usable.Train.Count,
                TestCount = usable.Test.Count,
                FeatureLength = preparation.FeatureLength,
                Metrics = metrics,
                Statistics = _evaluator.Evaluate(truth, predictions, metrics, dataset.ClassNames),
                TestPredictions = predictions,
                ExtractSeconds = resumed?.ExtractSeconds ?? preparation.ExtractSeconds,
                FeaturesFromCache = resumed?.FeaturesFromCache ?? preparation.FromCache,
                TrainSeconds = trainSeconds,
                PredictSeconds = predictSeconds,
                ModelSelection = resumed is null ? (classifier as IReportsModelSelection)?.ModelSelection : resumed.ModelSelection,
                ModelBytes = resumed?.ModelBytes,
            };
            if (resumed is null && _trained?.Invoke(result, classifier) is { } modelBytes)
            {
                result = result with { ModelBytes = modelBytes };
            }

            results.Add(result);
            _observer.PipelineFinished(result);
            if (Finished is null)
            {
                kept.Remove(classifier);
                classifier.Dispose();
            }
        }

        var notes = preparations.SelectMany(p => p.Preparation.Notes).Distinct(StringComparer.Ordinal).ToArray();
        var testImages = usable.Test.Select(i => new TestImage(i, dataset.Items[i].Id, dataset.Items[i].Location.Describe(), dataset.Items[i].Label)).ToArray();
        var pairwise = PairwiseComparison.AgainstBest(results.Select(r => r.Name).ToArray(), results.Select(r => (IReadOnlyList<int>)r.TestPredictions!.Labels).ToArray(), truth);
        var outcome = new ExperimentOutcome(usable, results, failed.Values.ToArray(), notes) { TestImages = testImages, PairwiseTests = pairwise };
        Finished?.Invoke(outcome, kept);
        return outcome;
    }
}
