using MathNet.Numerics.Distributions;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Adds zero-mean Gaussian noise of standard deviation σ (a fraction of the pixel range) to every channel value.</summary>
public sealed class GaussianNoise : IImageCorruption
{
    /// <summary>σ per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.04, 0.06, 0.08, 0.09, 0.10];

    /// <summary>σ per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [0.08, 0.12, 0.18, 0.26, 0.38];

    /// <inheritdoc />
    public string Name => "gaussian-noise";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sigma = CorruptionScale.Pick(image, severity, Small, Large);
        var bytes = MatBytes.Read(image);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = MatBytes.FromUnit((bytes[i] / 255.0) + Normal.Sample(random, 0, sigma));
        }

        return MatBytes.Create(image, bytes);
    }
}
