namespace ClassicCv.Evaluation.Ranking;

/// <summary>One point of a ROC curve (x = false-positive rate, y = true-positive rate) or a precision–recall curve (x = recall, y = precision).</summary>
/// <param name="X">The horizontal coordinate.</param>
/// <param name="Y">The vertical coordinate.</param>
public sealed record CurvePoint(double X, double Y);
