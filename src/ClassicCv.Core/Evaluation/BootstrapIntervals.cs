namespace ClassicCv.Evaluation;

/// <summary>Percentile bootstrap confidence intervals of accuracy and macro-F1 on one test set.</summary>
/// <param name="Accuracy">Interval of the accuracy.</param>
/// <param name="MacroF1">Interval of the macro-averaged F1.</param>
/// <param name="Resamples">Number of bootstrap resamples drawn.</param>
/// <param name="Seed">Seed of the resampling.</param>
public sealed record BootstrapIntervals(ConfidenceInterval Accuracy, ConfidenceInterval MacroF1, int Resamples, int Seed);
