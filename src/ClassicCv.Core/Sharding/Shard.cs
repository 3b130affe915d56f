using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Sharding;

/// <summary>
/// One of <see cref="Count"/> workers of a sharded job: it takes the <see cref="Index"/>-th contiguous range of the
/// globally ordered items and writes <see cref="PartFileName"/>.
/// </summary>
/// <param name="Index">Zero-based shard index, below <paramref name="Count"/>.</param>
/// <param name="Count">Number of shards of the job, at least 1.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Most shards a job may have (the width of the part file names).</summary>
    public const int MaxCount = 99_999;

    /// <summary>Creates a shard, checking <c>0 ≤ index &lt; count ≤ 99999</c>.</summary>
    /// <param name="index">Zero-based shard index.</param>
    /// <param name="count">Number of shards.</param>
    /// <param name="source">Where the numbers came from (an option or environment variables), for the message.</param>
    /// <exception cref="UserInputException">The numbers are out of range.</exception>
    public static Shard Of(int index, int count, string source) =>
        count is >= 1 and <= MaxCount && index >= 0 && index < count
            ? new Shard(index, count)
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{source} gives shard {index} of {count}; expected 0 ≤ index < count ≤ {MaxCount}."));

    /// <summary>Parses <c>I/N</c> (e.g. <c>3/8</c>, zero-based).</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <exception cref="UserInputException">Not of the form I/N with 0 ≤ I &lt; N.</exception>
    public static Shard Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new UserInputException($"{option} is '{text}'; expected I/N, the zero-based shard index and the shard count (e.g. 0/4).");
        }

        return Of(index, count, $"{option} '{text}'");
    }

    /// <summary>
    /// The items of this shard among <paramref name="total"/>: contiguous, sizes differing by at most one (the first
    /// <c>total mod Count</c> shards take one more); empty when there are more shards than items.
    /// </summary>
    /// <param name="total">Number of items of the whole job.</param>
    public ShardRange RangeOf(int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var size = total / Count;
        var extra = total % Count;
        var start = (Index * size) + Math.Min(Index, extra);
        return new ShardRange(start, size + (Index < extra ? 1 : 0));
    }

    /// <summary>The part this shard writes: <c>part-IIIII-of-NNNNN.parquet</c>.</summary>
    public string PartFileName => string.Create(CultureInfo.InvariantCulture, $"part-{Index:D5}-of-{Count:D5}.parquet");

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
