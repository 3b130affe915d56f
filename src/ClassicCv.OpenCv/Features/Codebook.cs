using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ClassicCv.OpenCv.Features;

/// <summary>A learnt visual-word codebook: part of the trained pipeline.</summary>
public sealed class Codebook
{
    /// <summary>SIFT descriptor length.</summary>
    public const int DescriptorLength = 128;

    /// <summary>Wraps learnt centres.</summary>
    /// <param name="centers">Words × 128 values, row after row.</param>
    /// <param name="sigmaSquared">Mean squared distance of the training descriptors to their nearest word (soft-assignment bandwidth).</param>
    /// <param name="notes">How it was learnt, for the report.</param>
    public Codebook(float[] centers, double sigmaSquared, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(centers);
        if (centers.Length == 0 || centers.Length % DescriptorLength != 0)
        {
            throw new ArgumentException($"Expected a positive multiple of {DescriptorLength} values, received {centers.Length}.", nameof(centers));
        }

        Centers = centers;
        SigmaSquared = sigmaSquared;
        Notes = notes;
        Digest = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(centers.AsSpan())))[..16];
    }

    /// <summary>Words × 128 values, row after row.</summary>
    public IReadOnlyList<float> Centers { get; }

    /// <summary>Number of words.</summary>
    public int Words => Centers.Count / DescriptorLength;

    /// <summary>Mean squared distance of the training descriptors to their nearest word.</summary>
    public double SigmaSquared { get; }

    /// <summary>A short digest of the centres (part of the extractor's settings, hence of the cache key).</summary>
    public string Digest { get; }

    /// <summary>How it was learnt.</summary>
    public IReadOnlyList<string> Notes { get; }
}
