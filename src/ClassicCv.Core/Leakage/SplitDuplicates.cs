namespace ClassicCv.Leakage;

/// <summary>Duplicates inside one part of the split (train–train or test–test).</summary>
/// <param name="ExactPairs">Pairs of images with identical decoded pixels.</param>
/// <param name="NearPairs">Pairs of near duplicates (not exact).</param>
/// <param name="Images">Images that have at least one duplicate in the same part.</param>
public sealed record SplitDuplicates(int ExactPairs, int NearPairs, int Images);
