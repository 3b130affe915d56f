namespace ClassicCv.Evaluation;

/// <summary>How the test-set statistics are computed.</summary>
/// <param name="Seed">Seed of the bootstrap (the run's seed).</param>
/// <param name="BootstrapResamples">Bootstrap resamples; at least 100, 1000 by default.</param>
/// <param name="ConfusedPairCount">How many most-confused class pairs to keep per pipeline; at least 1.</param>
public sealed record EvaluationOptions(int Seed, int BootstrapResamples = 1000, int ConfusedPairCount = 10);
