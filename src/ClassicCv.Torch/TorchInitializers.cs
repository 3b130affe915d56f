using ClassicCv.Onnx.Deep;
using static TorchSharp.torch;

namespace ClassicCv.Torch;

/// <summary>Writes TorchSharp tensors into an ONNX graph as float initializers.</summary>
internal static class TorchInitializers
{
    /// <summary>Adds <paramref name="tensor"/>'s values (detached, on the CPU) as the constant <paramref name="name"/>; returns the name.</summary>
    public static string Add(OnnxGraphBuilder graph, string name, Tensor tensor)
    {
        using var cpu = tensor.detach().cpu().contiguous();
        return graph.Constant(name, cpu.data<float>().ToArray(), cpu.shape);
    }
}
