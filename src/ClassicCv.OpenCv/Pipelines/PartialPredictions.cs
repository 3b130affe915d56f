using ClassicCv.Datasets;
using ClassicCv.Learning;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>Predictions for the images that could be read, and why the others could not.</summary>
/// <param name="Items">The dataset items predicted, in the order of <paramref name="Predictions"/>.</param>
/// <param name="Predictions">What the classifier said about <paramref name="Items"/>.</param>
/// <param name="Failed">Items that could not be decoded, with the reason.</param>
public sealed record PartialPredictions(IReadOnlyList<int> Items, Predictions Predictions, IReadOnlyDictionary<int, SkippedImage> Failed);
