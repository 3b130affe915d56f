namespace ClassicCv.Experiments.CrossValidation;

/// <summary>What <c>--evaluation cv</c> measured: every fold's scores, their mean ± std per pipeline, and the paired tests.</summary>
/// <param name="Folds">Folds per repeat.</param>
/// <param name="Repeats">Repeats.</param>
/// <param name="Seed">Seed of the first repeat's shuffle (repeat r shuffles with seed + r).</param>
/// <param name="Scores">Every pipeline's score on every fold, repeat-major, then fold, then pipeline.</param>
/// <param name="Pipelines">Per pipeline, in run order: mean ± std over the folds.</param>
/// <param name="Comparisons">Every pipeline against the one of highest mean accuracy (corrected resampled t-test).</param>
/// <param name="OutOfFold">Every image once per repeat, repeat-major, in item order within a repeat.</param>
public sealed record CrossValidationReport(
    int Folds,
    int Repeats,
    int Seed,
    IReadOnlyList<FoldScore> Scores,
    IReadOnlyList<CrossValidatedPipeline> Pipelines,
    IReadOnlyList<CrossValidationComparison> Comparisons,
    IReadOnlyList<OutOfFoldPrediction> OutOfFold)
{
    /// <summary>The mean n_test / n_train over the folds: the variance correction of the paired test.</summary>
    public double TestTrainRatio => Scores.Count == 0 ? 0 : Scores.Average(s => (double)s.TestCount / s.TrainCount);
}
