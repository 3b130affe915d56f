namespace ClassicCv.OpenCv.Explaining;

/// <summary>What replaces the occluded patch.</summary>
public enum OcclusionFill
{
    /// <summary>The image's mean colour.</summary>
    Mean,

    /// <summary>The same patch of a strongly blurred copy of the image (Gaussian, σ = patch / 2).</summary>
    Blur,
}
