namespace ClassicCv.OpenCv.Corruptions;

/// <summary>A corruption and the severities to measure it at.</summary>
/// <param name="Corruption">The corruption.</param>
/// <param name="Severities">Severities, each 1 to 5, ascending and distinct.</param>
public sealed record CorruptionRequest(IImageCorruption Corruption, IReadOnlyList<int> Severities);
