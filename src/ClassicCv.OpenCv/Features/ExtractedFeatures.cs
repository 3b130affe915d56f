using ClassicCv.Datasets;
using ClassicCv.Features;

namespace ClassicCv.OpenCv.Features;

/// <summary>Features of a list of items: row <c>i</c> belongs to the <c>i</c>-th item asked for.</summary>
/// <param name="Matrix">One row per item (rows of failed items are zero).</param>
/// <param name="Failed">Positions of items whose image could not be decoded, with the reason.</param>
/// <param name="Seconds">Wall time of decoding and extracting.</param>
public sealed record ExtractedFeatures(FeatureMatrix Matrix, IReadOnlyDictionary<int, SkippedImage> Failed, double Seconds);
