using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>
/// One kind of image degradation at severities 1–5 (Hendrycks &amp; Dietterich's CIFAR-10-C / ImageNet-C protocol):
/// images whose larger side is at most <see cref="CorruptionScale.SmallImageSide"/> pixels take the CIFAR-10-C
/// parameters, larger ones the ImageNet-C parameters.
/// </summary>
public interface IImageCorruption
{
    /// <summary>The name used on the command line (e.g. <c>gaussian-noise</c>).</summary>
    string Name { get; }

    /// <summary>The corrupted copy of an 8-bit image; the source is not modified. The caller disposes the result.</summary>
    /// <param name="image">An 8-bit image with 1 or 3 channels.</param>
    /// <param name="severity">Severity, 1 (mild) to 5 (strong).</param>
    /// <param name="random">The random source of this image's corruption (seeded by the caller).</param>
    Mat Apply(Mat image, int severity, Random random);
}
