using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Salt-and-pepper noise: each channel value is, with probability <c>amount</c>, set to 255 or 0 (even odds).</summary>
public sealed class ImpulseNoise : IImageCorruption
{
    /// <summary>Amount per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.01, 0.02, 0.03, 0.05, 0.07];

    /// <summary>Amount per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [0.03, 0.06, 0.09, 0.17, 0.27];

    /// <inheritdoc />
    public string Name => "impulse-noise";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var amount = CorruptionScale.Pick(image, severity, Small, Large);
        var bytes = MatBytes.Read(image);
        for (var i = 0; i < bytes.Length; i++)
        {
            var flipped = random.NextDouble() < amount;
            var salt = random.NextDouble() < 0.5;
            if (flipped)
            {
                bytes[i] = salt ? (byte)255 : (byte)0;
            }
        }

        return MatBytes.Create(image, bytes);
    }
}
