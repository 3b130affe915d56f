namespace ClassicCv.Leakage;

/// <summary>
/// What the leakage audit keeps of each image: a content hash of its decoded pixels, a 64-bit perceptual hash, and a
/// small normalised grayscale copy (<see cref="Side"/> × <see cref="Side"/> grey levels) that confirms a candidate.
/// </summary>
public sealed class ImageSignatures
{
    /// <summary>Side of the grayscale copy in pixels.</summary>
    public const int Side = 16;

    /// <summary>Grey levels in one copy (<see cref="Side"/>²).</summary>
    public const int Pixels = Side * Side;

    /// <summary>Creates the signatures of <paramref name="items"/>.</summary>
    /// <param name="items">Dataset item indices, one per signature.</param>
    /// <param name="contentHashes">Per item: the first 64 bits of the SHA-256 of its decoded pixels and size.</param>
    /// <param name="perceptualHashes">Per item: its 64-bit perceptual hash.</param>
    /// <param name="copies">Per item, <see cref="Pixels"/> grey levels (0..255) row after row.</param>
    public ImageSignatures(IReadOnlyList<int> items, ulong[] contentHashes, ulong[] perceptualHashes, float[] copies)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(contentHashes);
        ArgumentNullException.ThrowIfNull(perceptualHashes);
        ArgumentNullException.ThrowIfNull(copies);
        if (contentHashes.Length != items.Count || perceptualHashes.Length != items.Count || copies.Length != items.Count * Pixels)
        {
            throw new ArgumentException($"Expected {items.Count} hashes of each kind and {items.Count * Pixels} grey levels, received {contentHashes.Length}, {perceptualHashes.Length} and {copies.Length}.", nameof(copies));
        }

        Items = items;
        ContentHashes = contentHashes;
        PerceptualHashes = perceptualHashes;
        Copies = copies;
    }

    /// <summary>Dataset item index of every signature.</summary>
    public IReadOnlyList<int> Items { get; }

    /// <summary>Content hash of every signature.</summary>
    public ulong[] ContentHashes { get; }

    /// <summary>Perceptual hash of every signature.</summary>
    public ulong[] PerceptualHashes { get; }

    /// <summary>The grayscale copies, <see cref="Pixels"/> values per signature.</summary>
    public float[] Copies { get; }

    /// <summary>The grayscale copy of signature <paramref name="position"/>.</summary>
    /// <param name="position">Index into <see cref="Items"/>.</param>
    public ReadOnlySpan<float> Copy(int position) => Copies.AsSpan(position * Pixels, Pixels);
}
