using MathNet.Numerics.Distributions;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Poisson (photon) noise: a channel value x in [0, 1] becomes Poisson(x·λ) / λ, so fewer photons λ mean more noise.</summary>
public sealed class ShotNoise : IImageCorruption
{
    /// <summary>λ per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [500, 250, 100, 75, 50];

    /// <summary>λ per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [60, 25, 12, 5, 3];

    /// <inheritdoc />
    public string Name => "shot-noise";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var photons = CorruptionScale.Pick(image, severity, Small, Large);
        var bytes = MatBytes.Read(image);
        for (var i = 0; i < bytes.Length; i++)
        {
            var rate = bytes[i] / 255.0 * photons;
            bytes[i] = rate <= 0 ? (byte)0 : MatBytes.FromUnit(Poisson.Sample(random, rate) / photons);
        }

        return MatBytes.Create(image, bytes);
    }
}
