using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Options of the SIFT bag of visual words; text form <c>sift-bovw[k=256,step=4,...]</c>. The defaults are what
/// <c>sift-bovw</c> gives.
/// </summary>
public sealed record SiftBovwOptions : IFeatureOptions
{
    /// <summary>Allowed <see cref="Words"/> values.</summary>
    public static IntRange WordsRange { get; } = new(2, 4096);

    /// <summary>Allowed <see cref="Step"/> values, px.</summary>
    public static IntRange StepRange { get; } = new(1, 64);

    /// <summary>Allowed <see cref="Patch"/> values, px.</summary>
    public static IntRange PatchRange { get; } = new(4, 128);

    /// <summary>Allowed <see cref="Scales"/> values.</summary>
    public static IntRange ScalesRange { get; } = new(1, 4);

    /// <summary>Allowed <see cref="Sample"/> values, descriptors.</summary>
    public static IntRange SampleRange { get; } = new(1_000, 2_000_000);

    /// <summary>Codebook words k, 2–4096 (default 256); text <c>k</c>.</summary>
    public int Words { get; init; } = 256;

    /// <summary>Dense grid step in pixels, 1–64 (default 4).</summary>
    public int Step { get; init; } = 4;

    /// <summary>Side in pixels of the square each dense descriptor covers at the finest scale, 4–128 (default 8).</summary>
    public int Patch { get; init; } = 8;

    /// <summary>Dense scales, each twice the previous patch, 1–4 (default 1).</summary>
    public int Scales { get; init; } = 1;

    /// <summary>True to use SIFT's detected keypoints instead of the dense grid (default false).</summary>
    public bool Detect { get; init; }

    /// <summary>Hard (default) or soft assignment of descriptors to words; text <c>assign</c>.</summary>
    public BovwAssignment Assignment { get; init; } = BovwAssignment.Hard;

    /// <summary>True to add the 2×2 spatial pyramid level to the 1×1 histogram (default false).</summary>
    public bool Pyramid { get; init; }

    /// <summary>Most descriptors the codebook is learnt from, 1000–2000000 (default 50000).</summary>
    public int Sample { get; init; } = 50_000;

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the training images' most common size, or 64×64 when larger.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        WordsRange.Check(Words, "SiftBovwOptions.Words");
        StepRange.Check(Step, "SiftBovwOptions.Step");
        PatchRange.Check(Patch, "SiftBovwOptions.Patch");
        ScalesRange.Check(Scales, "SiftBovwOptions.Scales");
        OptionChecks.Defined(Assignment, "SiftBovwOptions.Assignment");
        SampleRange.Check(Sample, "SiftBovwOptions.Sample");
        OptionChecks.ImageSize(Size, "SiftBovwOptions.Size");
    }

    /// <summary>The canonical text, e.g. <c>sift-bovw[k=64]</c>; <c>sift-bovw</c> for the defaults.</summary>
    public string ToText()
    {
        var d = new SiftBovwOptions();
        return ComponentText.Format("sift-bovw",
            ("k", Words, d.Words), ("step", Step, d.Step), ("patch", Patch, d.Patch), ("scales", Scales, d.Scales),
            ("detect", Detect, d.Detect), ("assign", Assignment, d.Assignment), ("pyramid", Pyramid, d.Pyramid),
            ("sample", Sample, d.Sample), ("size", Size, d.Size));
    }
}
