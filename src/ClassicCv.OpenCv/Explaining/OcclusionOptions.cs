namespace ClassicCv.OpenCv.Explaining;

/// <summary>How occlusion sensitivity slides its patch.</summary>
public sealed record OcclusionOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="patch">Side of the square patch in pixels of the image as decoded, ≥ 1 (default 8).</param>
    /// <param name="stride">Step between patch positions in pixels, ≥ 1 (default 4).</param>
    /// <param name="fill">What replaces the patch (default the image mean).</param>
    public OcclusionOptions(int patch = 8, int stride = 4, OcclusionFill fill = OcclusionFill.Mean)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stride);
        Patch = patch;
        Stride = stride;
        Fill = fill;
    }

    /// <summary>Side of the square patch in pixels.</summary>
    public int Patch { get; }

    /// <summary>Step between patch positions in pixels.</summary>
    public int Stride { get; }

    /// <summary>What replaces the patch.</summary>
    public OcclusionFill Fill { get; }

    /// <summary>Patch start positions along an axis of <paramref name="size"/> pixels: every stride, and the last one flush with the edge.</summary>
    /// <param name="size">The axis length in pixels.</param>
    public IReadOnlyList<int> Positions(int size)
    {
        var last = Math.Max(0, size - Patch);
        var positions = new List<int>();
        for (var p = 0; p <= last; p += Stride)
        {
            positions.Add(p);
        }

        if (positions[^1] != last)
        {
            positions.Add(last);
        }

        return positions;
    }
}
