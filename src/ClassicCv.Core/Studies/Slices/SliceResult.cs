using ClassicCv.Evaluation;

namespace ClassicCv.Studies.Slices;

/// <summary>One pipeline on the test images of one slice (one value of the sliced column).</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Value">The column's value that defines the slice.</param>
/// <param name="Count">Test images in the slice.</param>
/// <param name="Accuracy">Accuracy on the slice.</param>
/// <param name="AccuracyCi">Its 95% percentile bootstrap interval.</param>
/// <param name="MacroF1">Macro-F1 on the slice.</param>
/// <param name="MacroF1Ci">Its 95% percentile bootstrap interval.</param>
/// <param name="RestCount">Test images outside the slice.</param>
/// <param name="RestAccuracy">Accuracy on them (NaN when there are none).</param>
/// <param name="PValue">One-sided Fisher exact test that the slice's accuracy is below the rest's (1 when there is no rest).</param>
/// <param name="HolmPValue">The p-value after Holm's correction over the pipeline's slices.</param>
/// <param name="SignificantlyBelow">Whether <paramref name="HolmPValue"/> is below 0.05.</param>
public sealed record SliceResult(
    string Pipeline,
    string Value,
    int Count,
    double Accuracy,
    ConfidenceInterval AccuracyCi,
    double MacroF1,
    ConfidenceInterval MacroF1Ci,
    int RestCount,
    double RestAccuracy,
    double PValue,
    double HolmPValue,
    bool SignificantlyBelow);
