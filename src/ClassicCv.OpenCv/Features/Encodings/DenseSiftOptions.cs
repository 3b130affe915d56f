using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// The dense SIFT descriptors <c>fisher</c> and <c>vlad</c> encode (the SIFT-BoVW dense grid), their PCA and the sample
/// the vocabulary is learnt from; text parameters <c>step</c>, <c>patch</c>, <c>scales</c>, <c>pca</c>, <c>sample</c>,
/// <c>size</c> of <c>fisher[...]</c> and <c>vlad[...]</c>. The defaults are what those give with no parameters; step,
/// patch, scales and sample have <see cref="SiftBovwOptions"/>' ranges (the same sampler).
/// </summary>
public sealed record DenseSiftOptions
{
    /// <summary>Allowed <see cref="Components"/> values (at most a SIFT descriptor's 128).</summary>
    public static IntRange ComponentsRange { get; } = new(2, Codebook.DescriptorLength);

    /// <summary>Grid step in pixels, 1–64 (default 2).</summary>
    public int Step { get; init; } = 2;

    /// <summary>Side in pixels of the square a descriptor covers at the finest scale, 4–128 (default 8).</summary>
    public int Patch { get; init; } = 8;

    /// <summary>Dense scales, each doubling the patch, 1–4 (default 2).</summary>
    public int Scales { get; init; } = 2;

    /// <summary>Dimensions kept after RootSIFT and PCA, 2–128 (default 64); text <c>pca</c>.</summary>
    public int Components { get; init; } = 64;

    /// <summary>Descriptors the PCA and the vocabulary are learnt from, 1000–2000000 (default 100000).</summary>
    public int Sample { get; init; } = 100_000;

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the first image's size, or 64×64 when larger.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        SiftBovwOptions.StepRange.Check(Step, "DenseSiftOptions.Step");
        SiftBovwOptions.PatchRange.Check(Patch, "DenseSiftOptions.Patch");
        SiftBovwOptions.ScalesRange.Check(Scales, "DenseSiftOptions.Scales");
        ComponentsRange.Check(Components, "DenseSiftOptions.Components");
        SiftBovwOptions.SampleRange.Check(Sample, "DenseSiftOptions.Sample");
        OptionChecks.ImageSize(Size, "DenseSiftOptions.Size");
    }

    /// <summary>The text parameters that differ from the defaults, in order, for an encoding's canonical text.</summary>
    public IEnumerable<(string Key, object? Value, object? Default)> TextParameters()
    {
        var d = new DenseSiftOptions();
        return [("step", Step, d.Step), ("patch", Patch, d.Patch), ("scales", Scales, d.Scales), ("pca", Components, d.Components), ("sample", Sample, d.Sample), ("size", Size, d.Size)];
    }

    /// <summary>The dense grid for the context's image size.</summary>
    /// <param name="name">The feature's name, for messages.</param>
    /// <param name="context">The fit context.</param>
    public SiftGeometry Geometry(string name, FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (width, height) = Size ?? (context.ReferenceWidth <= 64 && context.ReferenceHeight <= 64 ? (context.ReferenceWidth, context.ReferenceHeight) : (64, 64));
        var grid = DenseGrid.Build(width, height, Step, Patch, Scales);
        return grid.Count > 0
            ? new SiftGeometry(width, height, grid, Detect: false)
            : throw new UserInputException($"The feature '{name}' has patch={Patch} px, larger than the {width}×{height} px images; use a smaller patch or size=WxH.");
    }

    /// <summary>The settings these options contribute to the extractor's canonical settings.</summary>
    /// <param name="geometry">The resolved grid.</param>
    public string Describe(SiftGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return string.Create(CultureInfo.InvariantCulture, $"size={geometry.Width}x{geometry.Height};step={Step};patch={Patch};scales={Scales};pca={Components};sample={Sample}");
    }
}
