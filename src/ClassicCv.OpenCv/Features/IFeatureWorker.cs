using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>One thread's extractor: holds that thread's native objects. Not thread-safe; dispose when done.</summary>
public interface IFeatureWorker : IDisposable
{
    /// <summary>Writes the feature vector of <paramref name="image"/> into <paramref name="destination"/>.</summary>
    /// <param name="image">A decoded 8-bit image in the extractor's read mode; not modified.</param>
    /// <param name="destination">Exactly <see cref="IFeatureExtractor.Length"/> values.</param>
    void Extract(Mat image, Span<float> destination);
}
