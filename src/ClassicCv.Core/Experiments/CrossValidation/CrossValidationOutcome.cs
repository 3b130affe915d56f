namespace ClassicCv.Experiments.CrossValidation;

/// <summary>What <see cref="CrossValidationRunner"/> measured.</summary>
/// <param name="Pooled">
/// The first repeat's out-of-fold predictions as one experiment: every image once, each predicted by the fold that
/// held it out, with metrics and statistics over all of them (what the existing report files show); its split has
/// every image in the test part and none in the training part.
/// </param>
/// <param name="Report">Every fold's scores, the mean ± std per pipeline and the paired tests.</param>
/// <param name="MeanTrainCount">Mean training images per fold.</param>
public sealed record CrossValidationOutcome(ExperimentOutcome Pooled, CrossValidationReport Report, int MeanTrainCount);
