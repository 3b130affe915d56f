using ClassicCv.Splitting;

namespace ClassicCv.Experiments.CrossValidation;

/// <summary>One fold of one repeat.</summary>
/// <param name="Repeat">The repeat, from 0.</param>
/// <param name="Fold">The fold within the repeat, from 0.</param>
/// <param name="Split">Train on the other folds, test on this one.</param>
public sealed record CrossValidationFold(int Repeat, int Fold, DataSplit Split);
