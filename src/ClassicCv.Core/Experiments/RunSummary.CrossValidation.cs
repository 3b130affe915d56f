namespace ClassicCv.Experiments;

/// <summary>The part of the run summary that <c>--evaluation cv</c> fills.</summary>
public sealed partial record RunSummary
{
    /// <summary>
    /// The <c>--evaluation cv</c> folds, their mean ± std and the corrected resampled t-tests, or <c>null</c> for a
    /// hold-out run. In cv mode <see cref="Pipelines"/> and <see cref="TestImages"/> are the first repeat's out-of-fold
    /// predictions (every image once) and <see cref="PairwiseTests"/> is empty.
    /// </summary>
    public CrossValidation.CrossValidationReport? CrossValidation { get; init; }
}
