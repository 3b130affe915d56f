using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Chooses a corruption's parameter for an image: the CIFAR-10-C table for small images, the ImageNet-C table otherwise.</summary>
public static class CorruptionScale
{
    /// <summary>Largest side, in pixels, of an image that takes the CIFAR-10-C parameters.</summary>
    public const int SmallImageSide = 64;

    /// <summary>The parameter of <paramref name="severity"/> for <paramref name="image"/>.</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="image">The image to corrupt.</param>
    /// <param name="severity">Severity, 1 to 5.</param>
    /// <param name="small">The five CIFAR-10-C parameters.</param>
    /// <param name="large">The five ImageNet-C parameters.</param>
    public static T Pick<T>(Mat image, int severity, IReadOnlyList<T> small, IReadOnlyList<T> large)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        ArgumentOutOfRangeException.ThrowIfLessThan(severity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(severity, 5);
        return Math.Max(image.Width, image.Height) <= SmallImageSide ? small[severity - 1] : large[severity - 1];
    }
}
