namespace ClassicCv.OpenCv.Corruptions;

/// <summary>
/// The random source of one image's corruption: a SplitMix64 mix of the run's seed, the corruption, the severity and
/// the dataset item, so every pipeline (and every rerun with the seed) sees the same corrupted pixels, in any thread order.
/// </summary>
public static class CorruptionSeed
{
    /// <summary>A fresh random source for one image under one condition.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="corruption">The corruption's name.</param>
    /// <param name="severity">Severity, 1 to 5.</param>
    /// <param name="item">The dataset item index.</param>
    public static Random For(int seed, string corruption, int severity, int item)
    {
        ArgumentNullException.ThrowIfNull(corruption);
        var state = (ulong)(uint)seed;
        foreach (var ch in corruption)
        {
            state = Mix(state ^ ch);
        }

        state = Mix(Mix(state ^ (ulong)severity) ^ (ulong)(uint)item);
        return new Random((int)(state & 0x7FFFFFFF));
    }

    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
