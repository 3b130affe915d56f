using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>
/// Rotation about the image centre by a fixed angle per severity, clockwise or anticlockwise at random, bilinear,
/// borders mirrored (no black corners). Not part of CIFAR-10-C / ImageNet-C: ClassicCv's own table, the same at every size.
/// </summary>
public sealed class Rotation : IImageCorruption
{
    /// <summary>Angle in degrees per severity, at every image size.</summary>
    public static readonly IReadOnlyList<double> Degrees = [5, 10, 15, 20, 30];

    /// <inheritdoc />
    public string Name => "rotation";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(random);
        var angle = CorruptionScale.Pick(image, severity, Degrees, Degrees) * (random.Next(2) == 0 ? -1 : 1);
        using var matrix = Cv2.GetRotationMatrix2D(new Point2f((image.Width - 1) / 2f, (image.Height - 1) / 2f), angle, 1);
        var rotated = new Mat();
        Cv2.WarpAffine(image, rotated, matrix, image.Size(), InterpolationFlags.Linear, BorderTypes.Reflect101);
        return rotated;
    }
}
