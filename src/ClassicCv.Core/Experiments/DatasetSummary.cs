namespace ClassicCv.Experiments;

/// <summary>The dataset as a report describes it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Source">Path it was read from.</param>
/// <param name="Format">Layout it was read as.</param>
/// <param name="Fingerprint">Content fingerprint.</param>
/// <param name="ClassNames">Class names, by label.</param>
/// <param name="ImageCount">Usable images found.</param>
public sealed record DatasetSummary(string Name, string Source, string Format, string Fingerprint, IReadOnlyList<string> ClassNames, int ImageCount);
