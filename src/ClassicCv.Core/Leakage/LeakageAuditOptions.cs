namespace ClassicCv.Leakage;

/// <summary>The two thresholds of the near-duplicate search (measured in docs/studies.md, "Honest data").</summary>
/// <param name="MaxHashDistance">Pairs whose perceptual hashes differ in at most this many of 64 bits are candidates, 0 .. 64.</param>
/// <param name="MinCorrelation">A candidate is a near duplicate when the Pearson correlation of the two grayscale copies is at least this, in (0, 1] ...</param>
/// <param name="MinGradientCorrelation">... and the cosine of their gradient fields is at least this, in (0, 1].</param>
public sealed record LeakageAuditOptions(int MaxHashDistance = 10, double MinCorrelation = 0.98, double MinGradientCorrelation = 0.985)
{
    /// <summary>The defaults.</summary>
    public static LeakageAuditOptions Default { get; } = new();

    /// <summary>Throws when a threshold is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxHashDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxHashDistance, 64);
        if (!(MinCorrelation > 0 && MinCorrelation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinCorrelation), MinCorrelation, "Expected a correlation in (0, 1].");
        }

        if (!(MinGradientCorrelation > 0 && MinGradientCorrelation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinGradientCorrelation), MinGradientCorrelation, "Expected a correlation in (0, 1].");
        }
    }
}
