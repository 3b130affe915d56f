using System.Collections.Concurrent;
using System.Numerics;

namespace ClassicCv.Leakage;

/// <summary>
/// Finds duplicate pairs among <see cref="ImageSignatures"/>: equal content hashes are exact duplicates; perceptual
/// hashes within <see cref="LeakageAuditOptions.MaxHashDistance"/> bits (a popcount of their XOR, every pair, on all
/// cores) are candidates, and a candidate is a near duplicate only when its grayscale copies correlate at
/// <see cref="LeakageAuditOptions.MinCorrelation"/> or more and their gradient fields (horizontal and vertical
/// differences of neighbouring grey levels) at <see cref="LeakageAuditOptions.MinGradientCorrelation"/> or more. No pixel
/// comparison is made for a pair the hashes rule out.
/// </summary>
public sealed class DuplicateFinder
{
    /// <summary>Standard deviation (grey levels) below which a copy counts as flat, so its correlation is undefined.</summary>
    private const float FlatDeviation = 0.5f;

    /// <summary>Two flat copies are one picture when their grey levels differ by at most this much on average.</summary>
    private const float FlatTolerance = 2f;

    /// <summary>Values in one gradient field: a horizontal and a vertical difference per grey level, the last row and column left out.</summary>
    private const int GradientLength = 2 * (ImageSignatures.Side - 1) * (ImageSignatures.Side - 1);

    private readonly ImageSignatures _signatures;
    private readonly LeakageAuditOptions _options;
    private readonly float[] _normalised;
    private readonly float[] _means;
    private readonly bool[] _flat;
    private readonly float[] _gradients;
    private long _candidates;

    /// <summary>Prepares the search (each copy is centred and scaled to unit length once).</summary>
    /// <param name="signatures">The images' signatures.</param>
    /// <param name="options">The thresholds.</param>
    public DuplicateFinder(ImageSignatures signatures, LeakageAuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _signatures = signatures;
        _options = options;
        var count = signatures.Items.Count;
        _normalised = new float[count * ImageSignatures.Pixels];
        _means = new float[count];
        _flat = new bool[count];
        _gradients = new float[count * GradientLength];
        for (var p = 0; p < count; p++)
        {
            var copy = signatures.Copy(p);
            var mean = 0.0;
            foreach (var value in copy)
            {
                mean += value;
            }

            mean /= copy.Length;
            var squares = 0.0;
            foreach (var value in copy)
            {
                squares += (value - mean) * (value - mean);
            }

            _means[p] = (float)mean;
            _flat[p] = Math.Sqrt(squares / copy.Length) < FlatDeviation;
            var scale = _flat[p] ? 0 : 1 / Math.Sqrt(squares);
            var target = _normalised.AsSpan(p * ImageSignatures.Pixels, ImageSignatures.Pixels);
            for (var i = 0; i < copy.Length; i++)
            {
                target[i] = (float)((copy[i] - mean) * scale);
            }

            Gradient(copy, _gradients.AsSpan(p * GradientLength, GradientLength));
        }
    }

    /// <summary>Candidate pairs checked pixel by pixel so far (their perceptual hashes were close enough).</summary>
    public long Candidates => Interlocked.Read(ref _candidates);

    /// <summary>Every duplicate pair with one image from <paramref name="first"/> and one from <paramref name="second"/> (e.g. train and test).</summary>
    /// <param name="first">Signature positions of one side.</param>
    /// <param name="second">Signature positions of the other side.</param>
    /// <returns>Pairs with <see cref="DuplicatePair.First"/> from <paramref name="first"/>, ordered by second then first position.</returns>
    public IReadOnlyList<DuplicatePair> Between(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var hashes = first.Select(p => _signatures.PerceptualHashes[p]).ToArray();
        var bound = _options.MaxHashDistance;
        var found = new ConcurrentBag<DuplicatePair>();
        Parallel.For(0, second.Count, s =>
        {
            var b = second[s];
            var hash = _signatures.PerceptualHashes[b];
            var candidates = 0;
            for (var f = 0; f < hashes.Length; f++)
            {
                if (BitOperations.PopCount(hashes[f] ^ hash) <= bound)
                {
                    candidates++;
                    if (Confirm(first[f], b) is { } pair)
                    {
                        found.Add(pair);
                    }
                }
            }

            Interlocked.Add(ref _candidates, candidates);
        });
        return found.OrderBy(p => p.Second).ThenBy(p => p.First).ToArray();
    }

    /// <summary>Every duplicate pair of two different images of <paramref name="positions"/> (e.g. within the training split).</summary>
    /// <param name="positions">Signature positions.</param>
    /// <returns>Pairs with the earlier position of <paramref name="positions"/> first.</returns>
    public IReadOnlyList<DuplicatePair> Within(IReadOnlyList<int> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var hashes = positions.Select(p => _signatures.PerceptualHashes[p]).ToArray();
        var bound = _options.MaxHashDistance;
        var found = new ConcurrentBag<DuplicatePair>();
        Parallel.For(1, positions.Count, s =>
        {
            var hash = hashes[s];
            var candidates = 0;
            for (var f = 0; f < s; f++)
            {
                if (BitOperations.PopCount(hashes[f] ^ hash) <= bound)
                {
                    candidates++;
                    if (Confirm(positions[f], positions[s]) is { } pair)
                    {
                        found.Add(pair);
                    }
                }
            }

            Interlocked.Add(ref _candidates, candidates);
        });
        return found.OrderBy(p => p.Second).ThenBy(p => p.First).ToArray();
    }

    /// <summary>The pixel-level check of one candidate: the Pearson correlation of the two grayscale copies.</summary>
    /// <param name="first">Signature position of one image.</param>
    /// <param name="second">Signature position of the other.</param>
    /// <returns>The correlation, in −1 .. 1 (two flat copies: 1 when their greys agree within 2 levels, else 0).</returns>
    public double Correlation(int first, int second)
    {
        if (_flat[first] || _flat[second])
        {
            return _flat[first] && _flat[second] && Math.Abs(_means[first] - _means[second]) <= FlatTolerance ? 1 : 0;
        }

        return Dot(_normalised.AsSpan(first * ImageSignatures.Pixels, ImageSignatures.Pixels), _normalised.AsSpan(second * ImageSignatures.Pixels, ImageSignatures.Pixels));
    }

    /// <summary>
    /// The second pixel-level check: the cosine of the two copies' gradient fields (the differences of every grey level
    /// with its right and lower neighbour), which sees a stroke drawn one pixel elsewhere that the plain correlation misses.
    /// </summary>
    /// <param name="first">Signature position of one image.</param>
    /// <param name="second">Signature position of the other.</param>
    /// <returns>The cosine, in −1 .. 1 (1 for two flat copies, whose gradients are both zero).</returns>
    public double GradientCorrelation(int first, int second) =>
        _flat[first] && _flat[second] ? 1 : Dot(_gradients.AsSpan(first * GradientLength, GradientLength), _gradients.AsSpan(second * GradientLength, GradientLength));

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var dot = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return Math.Clamp(dot, -1, 1);
    }

    private DuplicatePair? Confirm(int first, int second)
    {
        var distance = BitOperations.PopCount(_signatures.PerceptualHashes[first] ^ _signatures.PerceptualHashes[second]);
        if (_signatures.ContentHashes[first] == _signatures.ContentHashes[second])
        {
            return new DuplicatePair(first, second, DuplicateKind.Exact, distance, 1);
        }

        var correlation = Correlation(first, second);
        return correlation >= _options.MinCorrelation && GradientCorrelation(first, second) >= _options.MinGradientCorrelation
            ? new DuplicatePair(first, second, DuplicateKind.Near, distance, correlation)
            : null;
    }

    /// <summary>Writes the unit-length gradient field of a copy (zeros for a flat copy).</summary>
    private static void Gradient(ReadOnlySpan<float> copy, Span<float> target)
    {
        const int side = ImageSignatures.Side;
        var k = 0;
        for (var y = 0; y < side - 1; y++)
        {
            for (var x = 0; x < side - 1; x++)
            {
                var i = (y * side) + x;
                target[k++] = copy[i + 1] - copy[i];
                target[k++] = copy[i + side] - copy[i];
            }
        }

        var squares = 0.0;
        foreach (var value in target)
        {
            squares += value * value;
        }

        var scale = squares == 0 ? 0 : (float)(1 / Math.Sqrt(squares));
        for (var j = 0; j < target.Length; j++)
        {
            target[j] *= scale;
        }
    }
}
