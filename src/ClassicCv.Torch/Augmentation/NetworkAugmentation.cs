namespace ClassicCv.Torch.Augmentation;

/// <summary>
/// Which random transforms a network's training images get, each drawn per image from the run's seed and never applied
/// to validation or test images. Written <c>augment=crop+flip+rotate+jitter</c> (any subset, joined by <c>+</c>), or
/// <c>none</c>. Horizontal flips are never implied: they change the class of digits and text, so they are asked for.
/// </summary>
public sealed record NetworkAugmentation
{
    /// <summary>The transform names, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Names = ["crop", "flip", "rotate", "jitter"];

    /// <summary>No augmentation.</summary>
    public static NetworkAugmentation None { get; } = new();

    /// <summary>Pad-and-crop: a shift of up to 1/8 of each side (whole pixels), the border reflected.</summary>
    public bool Crop { get; init; }

    /// <summary>A left–right mirror with probability 1/2.</summary>
    public bool Flip { get; init; }

    /// <summary>A rotation by an angle drawn uniformly from ±<see cref="BatchAugmenter.MaxDegrees"/> degrees, the border reflected.</summary>
    public bool Rotate { get; init; }

    /// <summary>Brightness and contrast each multiplied by a factor drawn uniformly from 1 ± <see cref="BatchAugmenter.JitterRange"/>.</summary>
    public bool Jitter { get; init; }

    /// <summary>True when any transform is on.</summary>
    public bool Any => Crop || Flip || Rotate || Jitter;

    /// <summary>True when a geometric transform (crop, flip or rotate) is on.</summary>
    public bool Geometric => Crop || Flip || Rotate;

    /// <summary>The canonical text: the names joined by <c>+</c>, or <c>none</c>.</summary>
    public string Describe()
    {
        bool[] on = [Crop, Flip, Rotate, Jitter];
        var names = Names.Where((_, i) => on[i]).ToArray();
        return names.Length == 0 ? "none" : string.Join('+', names);
    }
}
