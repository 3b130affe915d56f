using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests;

/// <summary>The classical pipelines need neither ONNX Runtime, nor OnnxSharp, nor Protobuf (they live in ClassicCv.Onnx).</summary>
public sealed class OpenCvAssemblyTests
{
    [Fact]
    public void Given_the_OpenCv_assembly_When_its_references_are_followed_Then_none_is_ONNX_Runtime_OnnxSharp_or_Protobuf()
    {
        var references = AssemblyDependencies.ReferencedClosure(typeof(HogSpec).Assembly);

        Assert.Contains("OpenCvSharp", references);
        Assert.Empty(references.Intersect(AssemblyDependencies.Onnx));
    }

    [Fact]
    public void Given_this_classical_only_program_When_its_dependencies_are_read_Then_no_ONNX_package_is_among_them()
    {
        // This test program references ClassicCv.OpenCv and ClassicCv.MlNet only, and runs every classical extractor and learner.
        var libraries = AssemblyDependencies.Libraries(typeof(OpenCvAssemblyTests).Assembly);

        Assert.Contains("ClassicCv.OpenCv", libraries);
        Assert.Contains("Microsoft.ML", libraries);
        Assert.Empty(libraries.Intersect(AssemblyDependencies.Onnx));
        Assert.DoesNotContain("ClassicCv.Onnx", libraries);
    }
}
