using OpenCvSharp;
using OpenCvSharp.Features2D;

namespace ClassicCv.OpenCv.Features;

/// <summary>Where SIFT descriptors are computed: the image size and either a dense keypoint grid or SIFT's detector.</summary>
/// <param name="Width">Images are resized to this width in pixels.</param>
/// <param name="Height">Images are resized to this height in pixels.</param>
/// <param name="Grid">The dense keypoints (empty when detecting).</param>
/// <param name="Detect">True to detect keypoints instead.</param>
public sealed record SiftGeometry(int Width, int Height, IReadOnlyList<KeyPoint> Grid, bool Detect)
{
    /// <summary>Computes the descriptors of an 8-bit grayscale image of the geometry's size.</summary>
    /// <param name="sift">The thread's SIFT.</param>
    /// <param name="image">The image.</param>
    /// <param name="descriptors">Receives one 128-float row per keypoint.</param>
    /// <returns>The keypoints the rows belong to.</returns>
    public KeyPoint[] Describe(SIFT sift, Mat image, Mat descriptors)
    {
        ArgumentNullException.ThrowIfNull(sift);
        if (Detect)
        {
            sift.DetectAndCompute(image, null, out var detected, descriptors);
            return detected;
        }

        var keypoints = Grid.ToArray();
        sift.Compute(image, ref keypoints, descriptors);
        return keypoints;
    }
}
