using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Gaussian blur of standard deviation σ pixels, kernel radius ⌊4σ + ½⌋ (scikit-image's truncation), edges replicated.</summary>
public sealed class GaussianBlur : IImageCorruption
{
    /// <summary>σ in pixels per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.4, 0.6, 0.7, 0.8, 1.0];

    /// <summary>σ in pixels per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [1, 2, 3, 4, 6];

    /// <inheritdoc />
    public string Name => "gaussian-blur";

    /// <summary>The kernel side for <paramref name="sigma"/>: 2·⌊4σ + ½⌋ + 1.</summary>
    /// <param name="sigma">Standard deviation in pixels.</param>
    public static int KernelSize(double sigma) => (2 * (int)((4 * sigma) + 0.5)) + 1;

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        var sigma = CorruptionScale.Pick(image, severity, Small, Large);
        var size = KernelSize(sigma);
        var blurred = new Mat();
        Cv2.GaussianBlur(image, blurred, new Size(size, size), sigma, sigma, BorderTypes.Replicate);
        return blurred;
    }
}
