namespace ClassicCv.Learning.Selection;

/// <summary>One cross-validation fold: learn on <paramref name="Train"/>, score on <paramref name="Validation"/>.</summary>
/// <param name="Train">Example indices to learn from.</param>
/// <param name="Validation">Example indices to score on (disjoint from <paramref name="Train"/>).</param>
public sealed record Fold(int[] Train, int[] Validation);
