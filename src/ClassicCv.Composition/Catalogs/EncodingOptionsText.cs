using ClassicCv.Configuration;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;
using ClassicCv.Onnx.Features.Encodings;

namespace ClassicCv.Catalogs;

/// <summary>
/// Reads the <c>[key=value]</c> text of the encodings (<c>kmeans-patches</c>, <c>fisher</c>, <c>vlad</c>) into their
/// typed options, with the messages the command line shows; the ranges are the options types' own.
/// </summary>
internal static class EncodingOptionsText
{
    private const string Kind = "feature";
    private static readonly string[] DenseSiftKeys = ["step", "patch", "scales", "pca", "sample", "size"];

    public static KMeansPatchesOptions KMeansPatches(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["k", "patch", "stride", "sample", "iterations", "whitening", "size"]);
        var d = new KMeansPatchesOptions();
        return new KMeansPatchesOptions
        {
            Words = p.Int("k", d.Words, KMeansPatchesOptions.WordsRange),
            Patch = p.Int("patch", d.Patch, KMeansPatchesOptions.PatchRange),
            Stride = p.Int("stride", d.Stride, KMeansPatchesOptions.StrideRange),
            Sample = p.Int("sample", d.Sample, KMeansPatchesOptions.SampleRange),
            Iterations = p.Int("iterations", d.Iterations, KMeansPatchesOptions.IterationsRange),
            Whitening = p.Double("whitening", d.Whitening, 0),
            Size = p.Size("size"),
        };
    }

    public static FisherOptions Fisher(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["k", "pyramid", "iterations", .. DenseSiftKeys]);
        var d = new FisherOptions();
        return new FisherOptions
        {
            Components = p.Int("k", d.Components, FisherOptions.ComponentsRange),
            Pyramid = p.Bool("pyramid", d.Pyramid),
            Iterations = p.Int("iterations", d.Iterations, FisherOptions.IterationsRange),
            DenseSift = DenseSift(p),
        };
    }

    public static VladOptions Vlad(ComponentSpec spec)
    {
        var p = new ComponentParameters(spec, Kind, ["k", "iterations", .. DenseSiftKeys]);
        var d = new VladOptions();
        return new VladOptions
        {
            Words = p.Int("k", d.Words, VladOptions.WordsRange),
            Iterations = p.Int("iterations", d.Iterations, VladOptions.IterationsRange),
            DenseSift = DenseSift(p),
        };
    }

    private static DenseSiftOptions DenseSift(ComponentParameters p)
    {
        var d = new DenseSiftOptions();
        return new DenseSiftOptions
        {
            Step = p.Int("step", d.Step, SiftBovwOptions.StepRange),
            Patch = p.Int("patch", d.Patch, SiftBovwOptions.PatchRange),
            Scales = p.Int("scales", d.Scales, SiftBovwOptions.ScalesRange),
            Components = p.Int("pca", d.Components, DenseSiftOptions.ComponentsRange),
            Sample = p.Int("sample", d.Sample, SiftBovwOptions.SampleRange),
            Size = p.Size("size"),
        };
    }
}
