using ClassicCv.Configuration;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// Options of the HOG extractor (OpenCV <c>HOGDescriptor</c>); text form <c>hog[cell=4,block=2,...]</c>. The defaults
/// are what <c>hog</c> with no parameters gives.
/// </summary>
public sealed record HogOptions : IFeatureOptions
{
    /// <summary>The options of OpenCV's default geometry (<c>preset=opencv</c>): 8-px cells, 2×2-cell blocks, 1-cell stride, 9 bins.</summary>
    public static HogOptions OpenCvPreset { get; } = new() { Cell = 8 };

    /// <summary>The options of scikit-image's <c>hog</c> defaults (<c>preset=skimage</c>): 8-px cells, 3×3-cell blocks, 1-cell stride, 9 bins.</summary>
    public static HogOptions ScikitImagePreset { get; } = new() { Cell = 8, Block = 3 };

    /// <summary>Allowed <see cref="Cell"/> values, px.</summary>
    public static IntRange CellRange { get; } = new(2, 256);

    /// <summary>Allowed <see cref="Block"/> and <see cref="Stride"/> values, cells.</summary>
    public static IntRange BlockRange { get; } = new(1, 16);

    /// <summary>Allowed <see cref="Bins"/> values.</summary>
    public static IntRange BinsRange { get; } = new(2, 64);

    /// <summary>Cell side in pixels, 2–256; <c>null</c> (default) decides from the image size: 4 for images up to 32 px, else 8.</summary>
    public int? Cell { get; init; }

    /// <summary>Cells per block side, 1–16 (default 2).</summary>
    public int Block { get; init; } = 2;

    /// <summary>Block stride in cells, 1–16 (default 1); at most <see cref="Block"/>.</summary>
    public int Stride { get; init; } = 1;

    /// <summary>Orientation bins, 2–64 (default 9).</summary>
    public int Bins { get; init; } = 9;

    /// <summary>True for 0–360° gradient orientations, false (default) for 0–180°.</summary>
    public bool Signed { get; init; }

    /// <summary>Resize to this many pixels first, each side 1–4096; <c>null</c> (default) for the training images' most common size, or 64×64 when that is larger than 64 px.</summary>
    public (int Width, int Height)? Size { get; init; }

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        if (Cell is { } cell)
        {
            CellRange.Check(cell, "HogOptions.Cell");
        }

        BlockRange.Check(Block, "HogOptions.Block");
        BlockRange.Check(Stride, "HogOptions.Stride");
        BinsRange.Check(Bins, "HogOptions.Bins");
        OptionChecks.ImageSize(Size, "HogOptions.Size");
    }

    /// <summary>The canonical text, e.g. <c>hog[cell=4]</c>; <c>hog</c> for the defaults.</summary>
    public string ToText()
    {
        var defaults = new HogOptions();
        return ComponentText.Format("hog",
            ("cell", Cell, defaults.Cell), ("block", Block, defaults.Block), ("stride", Stride, defaults.Stride),
            ("bins", Bins, defaults.Bins), ("signed", Signed, defaults.Signed), ("size", Size, defaults.Size));
    }
}
