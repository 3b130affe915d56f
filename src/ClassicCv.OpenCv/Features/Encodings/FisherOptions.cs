using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// Options of the improved Fisher vector of dense SIFT; text form <c>fisher[k=64,pyramid=false,iterations=30,...]</c>
/// plus the dense-SIFT parameters of <see cref="DenseSiftOptions"/>. The defaults are what <c>fisher</c> gives. Length
/// 2 × k × pca (× 5 with the pyramid).
/// </summary>
public sealed record FisherOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Components"/> values.</summary>
    public static IntRange ComponentsRange { get; } = new(2, 1024);

    /// <summary>Allowed <see cref="Iterations"/> values.</summary>
    public static IntRange IterationsRange { get; } = new(1, 500);

    /// <summary>Gaussian components K, 2–1024 (default 64); text <c>k</c>.</summary>
    public int Components { get; init; } = 64;

    /// <summary>True to add the 2×2 quadrants' vectors to the whole image's (default false).</summary>
    public bool Pyramid { get; init; }

    /// <summary>Most EM iterations, 1–500 (default 30).</summary>
    public int Iterations { get; init; } = 30;

    /// <summary>The dense descriptors, their PCA and sample (defaults as <see cref="DenseSiftOptions"/>).</summary>
    public DenseSiftOptions DenseSift { get; init; } = new();

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        ComponentsRange.Check(Components, "FisherOptions.Components");
        IterationsRange.Check(Iterations, "FisherOptions.Iterations");
        ArgumentNullException.ThrowIfNull(DenseSift, "FisherOptions.DenseSift");
        DenseSift.Validate();
    }

    /// <summary>The canonical text, e.g. <c>fisher[k=8,pca=16]</c>; <c>fisher</c> for the defaults.</summary>
    public string ToText()
    {
        var d = new FisherOptions();
        return ComponentText.Format(FisherSpec.Kind,
            [("k", Components, d.Components), ("pyramid", Pyramid, d.Pyramid), ("iterations", Iterations, d.Iterations), .. DenseSift.TextParameters()]);
    }
}
