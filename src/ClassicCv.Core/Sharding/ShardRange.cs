namespace ClassicCv.Sharding;

/// <summary>A contiguous range of the job's ordered items.</summary>
/// <param name="Start">Position of the first item.</param>
/// <param name="Length">Number of items (0 for a shard with nothing to do).</param>
public sealed record ShardRange(int Start, int Length)
{
    /// <summary>Position just after the last item.</summary>
    public int End => Start + Length;

    /// <summary>The range's elements of <paramref name="items"/>.</summary>
    /// <param name="items">The job's ordered items.</param>
    public T[] Of<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Enumerable.Range(Start, Length).Select(position => items[position]).ToArray();
    }
}
