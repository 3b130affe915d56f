namespace ClassicCv.Studies.Robustness;

/// <summary>One pipeline's predicted labels on the clean study images and under every corruption condition.</summary>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Clean">Predicted label per study image, uncorrupted.</param>
/// <param name="Corrupted">Predicted labels per condition, in the order of the conditions list.</param>
public sealed record CorruptedPredictions(string Pipeline, IReadOnlyList<int> Clean, IReadOnlyList<IReadOnlyList<int>> Corrupted);
