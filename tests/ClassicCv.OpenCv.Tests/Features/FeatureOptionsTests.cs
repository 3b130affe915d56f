using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Features;

/// <summary>Every feature's typed options: refused out of range with a message, named canonically when valid.</summary>
public sealed class FeatureOptionsTests : FeatureOptionsContract
{
    public static TheoryData<Func<IFeatureExtractorSpec>, string> OutOfRange => new()
    {
        { () => new HogSpec(new() { Cell = 1 }), "HogOptions.Cell is 1; expected a whole number from 2 to 256." },
        { () => new HogSpec(new() { Bins = 65 }), "HogOptions.Bins is 65; expected a whole number from 2 to 64." },
        { () => new HogSpec(new() { Size = (0, 8) }), "HogOptions.Size is 0x8; expected each side from 1 to 4096 px" },
        { () => new LbpSpec(new() { Grid = 17 }), "LbpOptions.Grid is 17; expected a whole number from 1 to 16." },
        { () => new RawPixelsSpec(new() { Size = (4097, 2) }), "RawPixelsOptions.Size is 4097x2" },
        { () => new ColorHistogramSpec(new() { Bins = 1 }), "ColorHistogramOptions.Bins is 1; expected a whole number from 2 to 64." },
        { () => new ColorHistogramSpec(new() { Space = (ColorSpace)7 }), "ColorHistogramOptions.Space is 7; expected one of Hsv, Rgb, Lab." },
        { () => new SiftBovwSpec(new() { Words = 1 }), "SiftBovwOptions.Words is 1; expected a whole number from 2 to 4096." },
        { () => new SiftBovwSpec(new() { Sample = 10 }), "SiftBovwOptions.Sample is 10; expected a whole number from 1000 to 2000000." },
        { () => new FisherSpec(new() { Components = 1 }), "FisherOptions.Components is 1; expected a whole number from 2 to 1024." },
        { () => new FisherSpec(new() { DenseSift = new() { Components = 200 } }), "DenseSiftOptions.Components is 200; expected a whole number from 2 to 128." },
        { () => new VladSpec(new() { Iterations = 0 }), "VladOptions.Iterations is 0; expected a whole number from 1 to 500." },
    };

    public static TheoryData<IFeatureExtractorSpec, string> CanonicalNames => new()
    {
        { new HogSpec(), "hog" },
        { new HogSpec(new() { Cell = 4 }), "hog[cell=4]" },
        { new HogSpec(HogOptions.ScikitImagePreset with { Signed = true }), "hog[cell=8,block=3,signed=true]" },
        { new LbpSpec(new() { Grid = 2, Size = (24, 24) }), "lbp[grid=2,size=24x24]" },
        { new RawPixelsSpec(new() { Color = true }), "raw[color=true]" },
        { new ColorHistogramSpec(new() { Space = ColorSpace.Lab }), "color-hist[space=lab]" },
        { new SiftBovwSpec(new() { Words = 64, Assignment = BovwAssignment.Soft }), "sift-bovw[k=64,assign=soft]" },
        { new FisherSpec(new() { Components = 4, DenseSift = new() { Components = 8 } }), "fisher[k=4,pca=8]" },
        { new VladSpec(), "vlad" },
        { new CompositeSpec([new HogSpec(new() { Cell = 4 }), new LbpSpec()]), "hog[cell=4]+lbp" },
    };
}
