using ClassicCv.OpenCv.Imaging;
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

    /// <summary>
    /// Computes the descriptors of any decoded image: a colour image is converted to grayscale (into
    /// <paramref name="gray"/>) and the image is resized to the geometry's size first.
    /// </summary>
    /// <param name="sift">The thread's SIFT.</param>
    /// <param name="image">An 8-bit grayscale or BGR image of any size.</param>
    /// <param name="gray">The thread's buffer for the grayscale conversion.</param>
    /// <param name="descriptors">Receives one 128-float row per keypoint.</param>
    /// <returns>The keypoints the rows belong to.</returns>
    public KeyPoint[] DescribeImage(SIFT sift, Mat image, Mat gray, Mat descriptors)
    {
        ArgumentNullException.ThrowIfNull(image);
        var source = image;
        if (image.Channels() == 3)
        {
            Cv2.CvtColor(image, gray, ColorConversionCodes.BGR2GRAY);
            source = gray;
        }

        var sized = ImageResizer.ToSize(source, Width, Height, out var owned);
        try
        {
            return Describe(sift, sized, descriptors);
        }
        finally
        {
            if (owned)
            {
                sized.Dispose();
            }
        }
    }

    /// <summary>The 2×2 spatial-pyramid cell of a keypoint: 0 top left, 1 top right, 2 bottom left, 3 bottom right.</summary>
    /// <param name="keypoint">A keypoint in the geometry's image.</param>
    public int Quadrant(KeyPoint keypoint) =>
        (keypoint.Pt.Y >= Height / 2f ? 2 : 0) + (keypoint.Pt.X >= Width / 2f ? 1 : 0);
}
