using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>Builds dense keypoint grids for SIFT.</summary>
public static class DenseGrid
{
    /// <summary>Keypoints every <paramref name="step"/> px whose whole patch lies inside the image, at each scale.</summary>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="step">Grid step in pixels.</param>
    /// <param name="patch">Keypoint diameter in pixels at the first scale.</param>
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
                    keypoints.Add(new KeyPoint(x, y, size));
                }
            }
        }

        return keypoints;
    }
}
