using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Pixelation: shrunk to a fraction f of each side by box averaging (area interpolation), then enlarged back by nearest neighbour.</summary>
public sealed class Pixelate : IImageCorruption
{
    /// <summary>Fraction f per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<double> Small = [0.95, 0.9, 0.85, 0.75, 0.65];

    /// <summary>Fraction f per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<double> Large = [0.6, 0.5, 0.4, 0.3, 0.25];

    /// <inheritdoc />
    public string Name => "pixelate";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(image);
        var fraction = CorruptionScale.Pick(image, severity, Small, Large);
        var small = new Size(Math.Max(1, (int)(image.Width * fraction)), Math.Max(1, (int)(image.Height * fraction)));
        using var shrunk = new Mat();
        Cv2.Resize(image, shrunk, small, interpolation: InterpolationFlags.Area);
        var pixelated = new Mat();
        Cv2.Resize(shrunk, pixelated, image.Size(), interpolation: InterpolationFlags.Nearest);
        return pixelated;
    }
}
