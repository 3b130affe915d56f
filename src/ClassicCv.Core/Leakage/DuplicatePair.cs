namespace ClassicCv.Leakage;

/// <summary>Two images found to be the same picture.</summary>
/// <param name="First">Position of the first image in the <see cref="ImageSignatures"/>.</param>
/// <param name="Second">Position of the second image.</param>
/// <param name="Kind">Exact or near duplicate.</param>
/// <param name="HashDistance">Hamming distance of the perceptual hashes, 0 .. 64.</param>
/// <param name="Correlation">Pearson correlation of the grayscale copies, −1 .. 1 (1 for two flat copies of one grey).</param>
public sealed record DuplicatePair(int First, int Second, DuplicateKind Kind, int HashDistance, double Correlation);
