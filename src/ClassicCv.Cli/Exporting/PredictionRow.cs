namespace ClassicCv.Cli.Exporting;

/// <summary>One image of a prediction part.</summary>
/// <param name="Path">The image file.</param>
/// <param name="PredictedClass">The predicted class, or <c>null</c> when the image could not be read.</param>
/// <param name="Score">The classifier's score for it, or <c>null</c> when it has none.</param>
/// <param name="Error">Why the image could not be read, or <c>null</c>.</param>
internal sealed record PredictionRow(string Path, string? PredictedClass, float? Score, string? Error);
