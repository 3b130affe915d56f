namespace ClassicCv.Experiments.CrossValidation;

/// <summary>One image as one repeat predicted it: by the model of the fold that held it out.</summary>
/// <param name="Repeat">The repeat, from 0.</param>
/// <param name="Fold">The fold that tested it, from 0.</param>
/// <param name="Image">The image.</param>
/// <param name="Predicted">The predicted class of every pipeline, in <see cref="CrossValidationReport.Pipelines"/> order.</param>
public sealed record OutOfFoldPrediction(int Repeat, int Fold, TestImage Image, IReadOnlyList<int> Predicted);
