using ClassicCv.Onnx.Deep;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests;

/// <summary>ClassicCv.Onnx is where ONNX Runtime, OnnxSharp and Protobuf come in (the check ClassicCv.OpenCv passes sees them here).</summary>
public sealed class OnnxAssemblyTests
{
    [Fact]
    public void Given_the_Onnx_assembly_When_its_references_are_followed_Then_ONNX_Runtime_OnnxSharp_and_Protobuf_are_among_them()
    {
        var references = AssemblyDependencies.ReferencedClosure(typeof(OnnxGraphBuilder).Assembly);

        Assert.All(AssemblyDependencies.Onnx, name => Assert.Contains(name, references));
        Assert.Contains("ClassicCv.OpenCv", references);
    }

    [Fact]
    public void Given_a_program_that_references_the_Onnx_assembly_When_its_dependencies_are_read_Then_the_ONNX_packages_are_among_them()
    {
        var libraries = AssemblyDependencies.Libraries(typeof(OnnxAssemblyTests).Assembly);

        Assert.All(AssemblyDependencies.Onnx, name => Assert.Contains(name, libraries));
    }
}
