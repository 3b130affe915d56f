using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>Turns one image's projected local descriptors into a fixed-length vector (Fisher vector, VLAD).</summary>
public interface IDescriptorEncoder
{
    /// <summary>Length of the encoded vector.</summary>
    int Length { get; }

    /// <summary>The learnt vocabulary's arrays (e.g. a mixture's weights, means and variances), saved with the pipeline.</summary>
    IReadOnlyDictionary<string, float[]> Arrays { get; }

    /// <summary>Encodes one image.</summary>
    /// <param name="descriptors">N × D CV_32F projected descriptors (N may be 0).</param>
    /// <param name="quadrants">For each descriptor, its 2×2 quadrant (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right).</param>
    /// <param name="destination">Exactly <see cref="Length"/> values; overwritten.</param>
    void Encode(Mat descriptors, ReadOnlySpan<int> quadrants, Span<float> destination);
}
