using ClassicCv.Configuration;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Catalogs;

/// <summary>
/// Reads the <c>[key=value]</c> text of the image-descriptor features into their typed options, with the messages the
/// command line shows; the ranges are the options types' own.
/// </summary>
internal static class FeatureOptionsText
{
    private const string Kind = "feature";

    public static HogOptions Hog(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["cell", "block", "stride", "bins", "signed", "size", "preset"]);
        var preset = p.Choice("preset", "none", ["none", "opencv", "skimage"]) switch
        {
            "opencv" => HogOptions.OpenCvPreset,
            "skimage" => HogOptions.ScikitImagePreset,
            _ => new HogOptions(),
        };
        return new HogOptions
        {
            Cell = p.IntOrNull("cell", HogOptions.CellRange) ?? preset.Cell,
            Block = p.Int("block", preset.Block, HogOptions.BlockRange),
            Stride = p.Int("stride", preset.Stride, HogOptions.BlockRange),
            Bins = p.Int("bins", preset.Bins, HogOptions.BinsRange),
            Signed = p.Bool("signed", preset.Signed),
            Size = p.Size("size"),
        };
    }

    public static LbpOptions Lbp(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["grid", "size"]);
        var d = new LbpOptions();
        return new LbpOptions { Grid = p.Int("grid", d.Grid, LbpOptions.GridRange), Size = p.Size("size") };
    }

    public static RawPixelsOptions RawPixels(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["size", "color"]);
        return new RawPixelsOptions { Size = p.Size("size"), Color = p.Bool("color", new RawPixelsOptions().Color) };
    }

    public static ColorHistogramOptions ColorHistogram(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["space", "bins", "grid", "size"]);
        var d = new ColorHistogramOptions();
        return new ColorHistogramOptions
        {
            Space = Enum.Parse<ColorSpace>(p.Choice("space", d.Space.ToString().ToLowerInvariant(), ["hsv", "rgb", "lab"]), ignoreCase: true),
            Bins = p.Int("bins", d.Bins, ColorHistogramOptions.BinsRange),
            Grid = p.Int("grid", d.Grid, ColorHistogramOptions.GridRange),
            Size = p.Size("size"),
        };
    }

    public static SiftBovwOptions SiftBovw(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["k", "step", "patch", "scales", "detect", "assign", "pyramid", "sample", "size"]);
        var d = new SiftBovwOptions();
        return new SiftBovwOptions
        {
            Words = p.Int("k", d.Words, SiftBovwOptions.WordsRange),
            Step = p.Int("step", d.Step, SiftBovwOptions.StepRange),
            Patch = p.Int("patch", d.Patch, SiftBovwOptions.PatchRange),
            Scales = p.Int("scales", d.Scales, SiftBovwOptions.ScalesRange),
            Detect = p.Bool("detect", d.Detect),
            Assignment = Enum.Parse<BovwAssignment>(p.Choice("assign", d.Assignment.ToString().ToLowerInvariant(), ["hard", "soft"]), ignoreCase: true),
            Pyramid = p.Bool("pyramid", d.Pyramid),
            Sample = p.Int("sample", d.Sample, SiftBovwOptions.SampleRange),
            Size = p.Size("size"),
        };
    }
}
