using ClassicCv.OpenCv.Features;
using ClassicCv.Onnx.Features;
using ClassicCv.Onnx.Features.Encodings;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests.Features;

/// <summary>The typed options of the features that run on ONNX Runtime: refused out of range with a message, named canonically when valid.</summary>
public sealed class OnnxFeatureOptionsTests : FeatureOptionsContract
{
    public static TheoryData<Func<IFeatureExtractorSpec>, string> OutOfRange => new()
    {
        { () => new ResNet18Spec(new() { Size = 100 }), "ResNet18Options.Size is 100; expected 224 (as shipped) or a multiple of 32 from 32 to 1024." },
        { () => new ResNet18Spec(new() { Layers = [] }), "ResNet18Options.Layers must be distinct members of ResNet18Layer.All" },
        { () => new KMeansPatchesSpec(new() { Patch = 1 }), "KMeansPatchesOptions.Patch is 1; expected a whole number from 2 to 16." },
    };

    public static TheoryData<IFeatureExtractorSpec, string> CanonicalNames => new()
    {
        { new ResNet18Spec(new() { Size = 64, Flip = false }), "resnet18[size=64,flip=false]" },
        { new KMeansPatchesSpec(new() { Words = 8, Sample = 1000 }), "kmeans-patches[k=8,sample=1000]" },
    };
}
