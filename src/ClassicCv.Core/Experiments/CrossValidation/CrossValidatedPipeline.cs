namespace ClassicCv.Experiments.CrossValidation;

/// <summary>A pipeline's scores over every fold of every repeat.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="MeanAccuracy">Mean fold accuracy.</param>
/// <param name="StdAccuracy">Sample standard deviation (n − 1) of the fold accuracies.</param>
/// <param name="MeanMacroF1">Mean fold macro-F1.</param>
/// <param name="StdMacroF1">Sample standard deviation (n − 1) of the fold macro-F1s.</param>
/// <param name="Folds">Folds scored (folds × repeats).</param>
public sealed record CrossValidatedPipeline(string Pipeline, double MeanAccuracy, double StdAccuracy, double MeanMacroF1, double StdMacroF1, int Folds)
{
    /// <summary>Aggregates one pipeline's fold scores.</summary>
    /// <param name="pipeline">The pipeline's name.</param>
    /// <param name="scores">Its scores, at least two.</param>
    public static CrossValidatedPipeline Of(string pipeline, IReadOnlyList<FoldScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Count, 2);
        var (accuracy, accuracyStd) = MeanStd(scores.Select(s => s.Accuracy).ToArray());
        var (f1, f1Std) = MeanStd(scores.Select(s => s.MacroF1).ToArray());
        return new CrossValidatedPipeline(pipeline, accuracy, accuracyStd, f1, f1Std, scores.Count);
    }

    private static (double Mean, double Std) MeanStd(double[] values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)));
    }
}
