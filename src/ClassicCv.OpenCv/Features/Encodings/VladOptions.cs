using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Options of VLAD over dense SIFT; text form <c>vlad[k=64,iterations=20,...]</c> plus the dense-SIFT parameters of
/// <see cref="DenseSiftOptions"/>. The defaults are what <c>vlad</c> gives. Length k × pca.
/// </summary>
public sealed record VladOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Words"/> values.</summary>
    public static IntRange WordsRange { get; } = new(2, 4096);

    /// <summary>Allowed <see cref="Iterations"/> values.</summary>
    public static IntRange IterationsRange { get; } = new(1, 500);

    /// <summary>k-means words K, 2–4096 (default 64); text <c>k</c>.</summary>
    public int Words { get; init; } = 64;

    /// <summary>Most k-means iterations, 1–500 (default 20).</summary>
    public int Iterations { get; init; } = 20;

    /// <summary>The dense descriptors, their PCA and sample (defaults as <see cref="DenseSiftOptions"/>).</summary>
    public DenseSiftOptions DenseSift { get; init; } = new();

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        WordsRange.Check(Words, "VladOptions.Words");
        IterationsRange.Check(Iterations, "VladOptions.Iterations");
        ArgumentNullException.ThrowIfNull(DenseSift, "VladOptions.DenseSift");
        DenseSift.Validate();
    }

    /// <summary>The canonical text, e.g. <c>vlad[k=8,pca=16]</c>; <c>vlad</c> for the defaults.</summary>
    public string ToText()
    {
        var d = new VladOptions();
        return ComponentText.Format(VladSpec.Kind,
            [("k", Words, d.Words), ("iterations", Iterations, d.Iterations), .. DenseSift.TextParameters()]);
    }
}
