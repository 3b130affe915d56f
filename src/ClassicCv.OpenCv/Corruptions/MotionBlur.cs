using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>
/// Motion blur as in ImageNet-C's reimplementation of ImageMagick's: the image is averaged with copies of itself
/// shifted 0 … 2r pixels along a random direction (uniform in −45°…45°), weighted by a one-sided Gaussian of σ
/// pixels, edges replicated.
/// </summary>
public sealed class MotionBlur : IImageCorruption
{
    /// <summary>(radius r, σ) in pixels per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<(int Radius, double Sigma)> Small = [(10, 1), (10, 1.5), (10, 2), (10, 2.5), (12, 3)];

    /// <summary>(radius r, σ) in pixels per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<(int Radius, double Sigma)> Large = [(10, 3), (15, 5), (15, 8), (15, 12), (20, 15)];

    /// <inheritdoc />
    public string Name => "motion-blur";

    /// <summary>The correlation kernel: weights at offsets (round(i·cos θ), round(i·sin θ)) from the centre, summing to 1.</summary>
    /// <param name="radius">Radius r: shifts 0 … 2r.</param>
    /// <param name="sigma">σ of the one-sided Gaussian weights, in pixels.</param>
    /// <param name="degrees">Direction θ of the motion.</param>
    public static Mat Kernel(int radius, double sigma, double degrees)
    {
        var width = (2 * radius) + 1;
        var weights = Enumerable.Range(0, width).Select(i => Math.Exp(-(i * i) / (2 * sigma * sigma))).ToArray();
        var total = weights.Sum();
        var side = (2 * width) - 1;
        var kernel = new Mat(side, side, MatType.CV_32FC1, Scalar.All(0));
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        for (var i = 0; i < width; i++)
        {
            var x = (width - 1) + (int)Math.Round(i * cos, MidpointRounding.AwayFromZero);
            var y = (width - 1) + (int)Math.Round(i * sin, MidpointRounding.AwayFromZero);
            kernel.Set(y, x, kernel.At<float>(y, x) + (float)(weights[i] / total));
        }

        return kernel;
    }

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (radius, sigma) = CorruptionScale.Pick(image, severity, Small, Large);
        var degrees = (random.NextDouble() * 90) - 45;
        using var kernel = Kernel(radius, sigma, degrees);
        var blurred = new Mat();
        Cv2.Filter2D(image, blurred, -1, kernel, borderType: BorderTypes.Replicate);
        return blurred;
    }
}
