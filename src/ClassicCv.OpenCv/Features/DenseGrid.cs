using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>Builds dense keypoint grids for SIFT.</summary>
public static class DenseGrid
{
    /// <summary>
    /// OpenCV's SIFT descriptor covers a square 6 × the keypoint's size wide (4 × 4 cells of 3σ, σ = size / 2); the
    /// keypoint size giving a descriptor that covers a patch is therefore patch / 6.
    /// </summary>
    public const float PatchPerKeypointSize = 6f;

    /// <summary>
    /// Upright keypoints every <paramref name="step"/> px whose whole patch (the square the descriptor covers) lies
    /// inside the image, at each scale.
    /// </summary>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="step">Grid step in pixels.</param>
    /// <param name="patch">Side in pixels of the square a descriptor covers at the first scale.</param>
    /// <param name="scales">Number of scales; each doubles the diameter.</param>
    public static IReadOnlyList<KeyPoint> Build(int width, int height, int step, int patch, int scales)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patch);
        var keypoints = new List<KeyPoint>();
        for (var scale = 0; scale < scales; scale++)
        {
            var size = patch << scale;
            var half = size / 2f;
            for (var y = half; y + half <= height; y += step)
            {
                for (var x = half; x + half <= width; x += step)
                {
                    keypoints.Add(new KeyPoint(x, y, size / PatchPerKeypointSize, angle: 0));
                }
            }
        }

        return keypoints;
    }
}
