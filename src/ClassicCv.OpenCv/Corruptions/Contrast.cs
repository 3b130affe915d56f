using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Lower contrast: every channel value x becomes (x − m)·c + m, with m the image's mean of that channel.</summary>
public sealed class Contrast : IImageCorruption
{
    /// <summary>Factor c per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.75, 0.5, 0.4, 0.3, 0.15];

    /// <summary>Factor c per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [0.4, 0.3, 0.2, 0.1, 0.05];

    /// <inheritdoc />
    public string Name => "contrast";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        var factor = CorruptionScale.Pick(image, severity, Small, Large);
        var bytes = MatBytes.Read(image);
        var channels = image.Channels();
        var means = new double[channels];
        for (var i = 0; i < bytes.Length; i++)
        {
            means[i % channels] += bytes[i];
        }

        for (var c = 0; c < channels; c++)
        {
            means[c] /= bytes.Length / channels * 255.0;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var mean = means[i % channels];
            bytes[i] = MatBytes.FromUnit((((bytes[i] / 255.0) - mean) * factor) + mean);
        }

        return MatBytes.Create(image, bytes);
    }
}
