using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>
/// Brighter: the HSV value V (the largest channel, in [0, 1]) becomes min(1, V + c) with hue and saturation kept, so
/// every channel of a pixel is scaled by the same factor (a grey pixel, or a one-channel image, simply gains c).
/// </summary>
public sealed class Brightness : IImageCorruption
{
    /// <summary>Shift c per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.05, 0.1, 0.15, 0.2, 0.3];

    /// <summary>Shift c per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [0.1, 0.2, 0.3, 0.4, 0.5];

    /// <inheritdoc />
    public string Name => "brightness";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        var shift = CorruptionScale.Pick(image, severity, Small, Large);
        var bytes = MatBytes.Read(image);
        var channels = image.Channels();
        for (var p = 0; p < bytes.Length; p += channels)
        {
            var value = 0.0;
            for (var c = 0; c < channels; c++)
            {
                value = Math.Max(value, bytes[p + c] / 255.0);
            }

            var brighter = Math.Min(1, value + shift);
            for (var c = 0; c < channels; c++)
            {
                bytes[p + c] = MatBytes.FromUnit(value == 0 ? brighter : bytes[p + c] / 255.0 * (brighter / value));
            }
        }

        return MatBytes.Create(image, bytes);
    }
}
