namespace ClassicCv.Evaluation;

/// <summary>A two-sided confidence interval of a metric.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Level">Coverage the interval aims for (e.g. 0.95).</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level);
