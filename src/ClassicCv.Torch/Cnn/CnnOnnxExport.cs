using ClassicCv.Onnx.Deep;
using static ClassicCv.Onnx.Deep.OnnxGraphBuilder;

namespace ClassicCv.Torch.Cnn;

/// <summary>
/// Writes the trained CNN as an ONNX graph (Conv → Relu → MaxPool → Conv → Relu → MaxPool → Flatten → Gemm, weights as
/// initializers; dropout is the identity at inference), since TorchSharp has no ONNX export. MaxPool's strides are
/// written explicitly, and integer attributes equal to 0 are left out for OpenCV (see <see cref="OnnxZeroAttributes"/>).
/// </summary>
internal static class CnnOnnxExport
{
    public const string InputName = "input";
    public const string OutputName = "logits";

    public static byte[] ToBytes(CnnNetwork network)
    {
        var graph = new OnnxGraphBuilder("classiccv-cnn");
        graph.Input(InputName, -1, network.Channels, network.Height, network.Width);
        graph.Output(OutputName, -1, network.Classes);
        var pads = network.Options.Padding;
        var first = MaxPool(graph, "pool1", graph.Node("Relu", "r1", [Conv(graph, "conv1", InputName, network.Conv1, pads)]));
        var second = MaxPool(graph, "pool2", graph.Node("Relu", "r2", [Conv(graph, "conv2", first, network.Conv2, pads)]));
        var flat = graph.Node("Flatten", "flat", [second], Int("axis", 1));
        graph.Node("Gemm", OutputName, [flat, TorchInitializers.Add(graph, "dense.weight", network.Dense.weight!), TorchInitializers.Add(graph, "dense.bias", network.Dense.bias!)], Int("transB", 1));
        return graph.ToBytes(forOpenCv: true);
    }

    private static string Conv(OnnxGraphBuilder graph, string name, string input, TorchSharp.Modules.Conv2d conv, int padding) =>
        graph.Node("Conv", name, [input, TorchInitializers.Add(graph, $"{name}.weight", conv.weight!), TorchInitializers.Add(graph, $"{name}.bias", conv.bias!)],
            Ints("kernel_shape", 3, 3), Ints("strides", 1, 1), Ints("pads", padding, padding, padding, padding));

    private static string MaxPool(OnnxGraphBuilder graph, string name, string input) =>
        graph.Node("MaxPool", name, [input], Ints("kernel_shape", 2, 2), Ints("strides", 2, 2));
}
