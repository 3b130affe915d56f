namespace ClassicCv.Experiments.CrossValidation;

/// <summary>How one pipeline did on one fold.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Repeat">The repeat, from 0.</param>
/// <param name="Fold">The fold, from 0.</param>
/// <param name="TrainCount">Images trained on.</param>
/// <param name="TestCount">Images tested on.</param>
/// <param name="Accuracy">Accuracy on the fold.</param>
/// <param name="MacroF1">Macro-averaged F1 on the fold.</param>
/// <param name="TrainSeconds">Wall seconds training.</param>
public sealed record FoldScore(string Pipeline, int Repeat, int Fold, int TrainCount, int TestCount, double Accuracy, double MacroF1, double TrainSeconds);
