using ClassicCv.Learning.Selection;

namespace ClassicCv.Experiments;

/// <summary>
/// A contender an earlier, interrupted run of the same experiment trained and recorded: its trained classifier
/// (loaded from what that run saved) and what was measured while training it. The runner predicts and evaluates it
/// again, so its figures are those of an uninterrupted run, but does not train it.
/// </summary>
/// <param name="Classifier">The trained classifier; the runner disposes it.</param>
/// <param name="Settings">Its settings as the interrupted run reported them.</param>
/// <param name="ExtractSeconds">Wall seconds the interrupted run spent extracting its features.</param>
/// <param name="FeaturesFromCache">Whether the interrupted run read its features from the cache.</param>
/// <param name="TrainSeconds">Wall seconds the interrupted run spent training it.</param>
/// <param name="ModelSelection">The hyperparameter search that chose its settings, or <c>null</c>.</param>
/// <param name="ModelBytes">The size of its saved model when the run reports it, or <c>null</c>.</param>
public sealed record ResumedContender(IImageClassifier Classifier, IReadOnlyDictionary<string, string> Settings, double ExtractSeconds, bool FeaturesFromCache, double TrainSeconds, ModelSelectionResult? ModelSelection, long? ModelBytes);
