namespace ClassicCv.Learning.Selection;

/// <summary>How one grid point did in cross-validation.</summary>
/// <param name="Hyperparameters">The point's hyperparameters (only those the grid varies).</param>
/// <param name="FoldAccuracies">Validation accuracy of every fold.</param>
public sealed record GridPointResult(IReadOnlyDictionary<string, string> Hyperparameters, IReadOnlyList<double> FoldAccuracies)
{
    /// <summary>Mean validation accuracy over the folds.</summary>
    public double MeanAccuracy => FoldAccuracies.Average();

    /// <summary>Population standard deviation of the fold accuracies (as scikit-learn's <c>std_test_score</c>).</summary>
    public double StdAccuracy
    {
        get
        {
            var mean = MeanAccuracy;
            return Math.Sqrt(FoldAccuracies.Sum(a => (a - mean) * (a - mean)) / FoldAccuracies.Count);
        }
    }
}
