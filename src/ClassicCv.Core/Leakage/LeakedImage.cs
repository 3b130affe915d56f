namespace ClassicCv.Leakage;

/// <summary>A test image that is also in the training split (exactly or nearly), with its closest training twin.</summary>
/// <param name="TestItem">Dataset item index of the test image.</param>
/// <param name="TestId">Its id.</param>
/// <param name="TrainItem">Dataset item index of the closest training image (an exact twin first, then the highest correlation).</param>
/// <param name="TrainId">Its id.</param>
/// <param name="Kind">Exact or near duplicate.</param>
/// <param name="HashDistance">Hamming distance of their perceptual hashes, 0 .. 64.</param>
/// <param name="Correlation">Pearson correlation of their grayscale copies.</param>
/// <param name="SameLabel">Whether both carry the same class (two labels for one picture is a labelling error as well as a leak).</param>
/// <param name="TrainTwins">How many training images are duplicates of this test image, ≥ 1.</param>
public sealed record LeakedImage(int TestItem, string TestId, int TrainItem, string TrainId, DuplicateKind Kind, int HashDistance, double Correlation, bool SameLabel, int TrainTwins);
