using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The learnt state of an extractor other than a SIFT codebook (e.g. PCA, a Gaussian mixture, a ZCA whitening and a
/// patch dictionary): named float arrays, saved with a trained pipeline so it reloads without training images.
/// </summary>
public sealed class FeatureState
{
    /// <summary>Wraps learnt arrays.</summary>
    /// <param name="kind">What learnt it (e.g. <c>kmeans-patches</c>); a saved state of another kind is refused.</param>
    /// <param name="arrays">The arrays by name; each must be non-empty.</param>
    public FeatureState(string kind, IReadOnlyDictionary<string, float[]> arrays)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(arrays);
        Kind = kind;
        Arrays = arrays;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, values) in arrays.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(MemoryMarshal.AsBytes(values.AsSpan()));
        }

        Digest = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>What learnt it.</summary>
    public string Kind { get; }

    /// <summary>The arrays by name.</summary>
    public IReadOnlyDictionary<string, float[]> Arrays { get; }

    /// <summary>A short digest of every array (part of the extractor's settings, hence of the cache key).</summary>
    public string Digest { get; }

    /// <summary>The array <paramref name="name"/>, which must hold exactly <paramref name="length"/> values.</summary>
    /// <param name="name">The array's name.</param>
    /// <param name="length">The expected number of values.</param>
    /// <exception cref="Errors.UserInputException">The array is missing or has another length (a damaged saved model).</exception>
    public float[] Require(string name, int length) =>
        Arrays.TryGetValue(name, out var values) && values.Length == length
            ? values
            : throw new Errors.UserInputException($"The learnt {Kind} state has {(values is null ? "no" : values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))} values in '{name}'; expected {length}.");
}
