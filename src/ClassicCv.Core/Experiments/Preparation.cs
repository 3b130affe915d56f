using ClassicCv.Datasets;

namespace ClassicCv.Experiments;

/// <summary>What preparing a contender cost and found.</summary>
/// <param name="ExtractSeconds">Wall time spent decoding and extracting features (0 on a cache hit).</param>
/// <param name="FeatureLength">Length of the feature vector, or 0 for an end-to-end contender.</param>
/// <param name="FromCache">True when the features were read from the on-disk cache.</param>
/// <param name="Failed">Item indices whose image could not be decoded, with the reason.</param>
public sealed record Preparation(double ExtractSeconds, int FeatureLength, bool FromCache, IReadOnlyDictionary<int, SkippedImage> Failed)
{
    /// <summary>Things the user should know about how the contender's settings were applied.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A preparation that did nothing and found nothing.</summary>
    public static Preparation None { get; } = new(0, 0, false, new Dictionary<int, SkippedImage>());
}
