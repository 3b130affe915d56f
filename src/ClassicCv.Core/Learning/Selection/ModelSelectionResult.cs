namespace ClassicCv.Learning.Selection;

/// <summary>What a grid search found: every point's cross-validation score, the chosen point and the time taken.</summary>
/// <param name="Folds">Number of cross-validation folds.</param>
/// <param name="Points">Every grid point, in grid order.</param>
/// <param name="BestIndex">Index in <paramref name="Points"/> of the chosen point (highest mean accuracy; first on ties).</param>
/// <param name="Seconds">Wall seconds of the search (all folds of all points, not the final refit).</param>
public sealed record ModelSelectionResult(int Folds, IReadOnlyList<GridPointResult> Points, int BestIndex, double Seconds)
{
    /// <summary>The chosen point.</summary>
    public GridPointResult Best => Points[BestIndex];
}
