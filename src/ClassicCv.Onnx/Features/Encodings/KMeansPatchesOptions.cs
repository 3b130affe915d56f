using ClassicCv.Configuration;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// Options of Coates–Ng k-means patch features; text form <c>kmeans-patches[k=1600,patch=6,...]</c>. The defaults are
/// what <c>kmeans-patches</c> gives.
/// </summary>
public sealed record KMeansPatchesOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Words"/> values.</summary>
    public static IntRange WordsRange { get; } = new(2, 8192);

    /// <summary>Allowed <see cref="Patch"/> values, px.</summary>
    public static IntRange PatchRange { get; } = new(2, 16);

    /// <summary>Allowed <see cref="Stride"/> values, px.</summary>
    public static IntRange StrideRange { get; } = new(1, 16);

    /// <summary>Allowed <see cref="Sample"/> values, patches.</summary>
    public static IntRange SampleRange { get; } = new(1_000, 2_000_000);

    /// <summary>Allowed <see cref="Iterations"/> values.</summary>
    public static IntRange IterationsRange { get; } = new(1, 200);

    /// <summary>Dictionary words k, 2–8192 (default 1600); text <c>k</c>.</summary>
    public int Words { get; init; } = 1600;

    /// <summary>Patch side in pixels, 2–16 (default 6).</summary>
    public int Patch { get; init; } = 6;

    /// <summary>Step between patch positions in pixels, 1–16 (default 1).</summary>
    public int Stride { get; init; } = 1;

    /// <summary>Patches the whitening and the dictionary are learnt from, 1000–2000000 (default 100000).</summary>
    public int Sample { get; init; } = 100_000;

    /// <summary>Most k-means iterations, 1–200 (default 10).</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>
    /// ε added to the patch covariance's eigenvalues before ZCA whitening, a finite number &gt; 0 (default 1, measured
    /// better than Coates–Ng's 0.1 on CIFAR-10 and Fashion-MNIST, docs/encodings.md: a small ε amplifies the weak,
    /// high-frequency directions, which hold mostly noise); text <c>whitening</c>.
    /// </summary>
    public double Whitening { get; init; } = 1;

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the first image's size, or 32×32 when larger.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        WordsRange.Check(Words, "KMeansPatchesOptions.Words");
        PatchRange.Check(Patch, "KMeansPatchesOptions.Patch");
        StrideRange.Check(Stride, "KMeansPatchesOptions.Stride");
        SampleRange.Check(Sample, "KMeansPatchesOptions.Sample");
        IterationsRange.Check(Iterations, "KMeansPatchesOptions.Iterations");
        OptionChecks.Positive(Whitening, "KMeansPatchesOptions.Whitening");
        OptionChecks.ImageSize(Size, "KMeansPatchesOptions.Size");
    }

    /// <summary>The canonical text, e.g. <c>kmeans-patches[k=8]</c>; <c>kmeans-patches</c> for the defaults.</summary>
    public string ToText()
    {
        var d = new KMeansPatchesOptions();
        return ComponentText.Format("kmeans-patches",
            ("k", Words, d.Words), ("patch", Patch, d.Patch), ("stride", Stride, d.Stride), ("sample", Sample, d.Sample),
            ("iterations", Iterations, d.Iterations), ("whitening", Whitening, d.Whitening), ("size", Size, d.Size));
    }
}
