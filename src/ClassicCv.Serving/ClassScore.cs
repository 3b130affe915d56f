namespace ClassicCv.Serving;

/// <summary>One class and its score.</summary>
/// <param name="Class">The class name.</param>
/// <param name="Score">Its score, or <c>null</c> when the model gives none.</param>
public sealed record ClassScore(string Class, float? Score);
