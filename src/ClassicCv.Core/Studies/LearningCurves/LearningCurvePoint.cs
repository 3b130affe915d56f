using ClassicCv.Evaluation;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>One pipeline trained at one size and tested on the fixed test split.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Size">The size as written (<c>10</c>, <c>0.25</c>, <c>all</c>).</param>
/// <param name="TrainCount">Training images used.</param>
/// <param name="Accuracy">Test accuracy.</param>
/// <param name="AccuracyInterval">Its 95% percentile-bootstrap interval.</param>
/// <param name="MacroF1">Test macro-F1.</param>
/// <param name="TrainSeconds">Wall seconds fitting transforms and the classifier, or training the network.</param>
/// <param name="ExtractSeconds">Wall seconds extracting the features of that size's images (0 from the cache).</param>
public sealed record LearningCurvePoint(string Pipeline, string Size, int TrainCount, double Accuracy, ConfidenceInterval AccuracyInterval, double MacroF1, double TrainSeconds, double ExtractSeconds);
