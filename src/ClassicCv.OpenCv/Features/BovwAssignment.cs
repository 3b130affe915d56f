namespace ClassicCv.OpenCv.Features;

/// <summary>How a SIFT descriptor votes for visual words.</summary>
public enum BovwAssignment
{
    /// <summary>One vote for the nearest word.</summary>
    Hard,

    /// <summary>Gaussian-weighted votes, summing to 1, for the nearest few words (kernel codebook).</summary>
    Soft,
}
