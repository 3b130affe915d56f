using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>The corruptions <c>--corruptions</c> can name, in report order.</summary>
public static class ImageCorruptions
{
    /// <summary>Every corruption: noise (gaussian, shot, impulse), blur (gaussian, motion), digital (JPEG, pixelate), photometric (contrast, brightness) and geometric (rotation).</summary>
    public static readonly IReadOnlyList<IImageCorruption> All =
    [
        new GaussianNoise(), new ShotNoise(), new ImpulseNoise(), new GaussianBlur(), new MotionBlur(),
        new JpegCompression(), new Pixelate(), new Contrast(), new Brightness(), new Rotation(),
    ];

    /// <summary>The corruption called <paramref name="name"/>, or a user error listing the valid names.</summary>
    /// <param name="name">A corruption name (case-insensitive).</param>
    public static IImageCorruption Named(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserInputException($"--corruptions names unknown corruption '{name}'; valid corruptions: {string.Join(", ", All.Select(c => c.Name))}, or all.");
}
