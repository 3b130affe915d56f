using ClassicCv.Onnx.Deep;
using TorchSharp.Modules;
using static ClassicCv.Onnx.Deep.OnnxGraphBuilder;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// Writes a <see cref="ResNet18Network"/> as an ONNX graph that OpenCV DNN evaluates: Conv and BatchNormalization nodes
/// as in the shipped file (the batch normalisations in inference form, from their running statistics), Relu, Add,
/// MaxPool, GlobalAveragePool, Flatten, and Gemm for the head (or the 512-value embedding as the output without one).
/// </summary>
internal static class ResNet18OnnxExport
{
    public const string InputName = "input";
    public const string OutputName = "logits";

    /// <summary>The network's ONNX bytes for square inputs of side <paramref name="size"/> (a multiple of 32).</summary>
    public static byte[] ToBytes(ResNet18Network network, int size)
    {
        var graph = new OnnxGraphBuilder("classiccv-resnet18");
        graph.Input(InputName, -1, 3, size, size);
        var layers = network.ConvolutionLayers;
        var x = graph.Node("Relu", "stem_relu", [ConvBn(graph, "stem", InputName, layers[0], stride: 2)]);
        x = graph.Node("MaxPool", "stem_pool", [x], Ints("kernel_shape", 3, 3), Ints("strides", 2, 2), Ints("pads", 1, 1, 1, 1));
        var next = 1;
        foreach (var (block, index) in network.Blocks.Select((block, index) => (block, index)))
        {
            var name = $"block{index}";
            var main = graph.Node("Relu", $"{name}_relu1", [ConvBn(graph, $"{name}_conv1", x, layers[next++], block.Stride)]);
            main = ConvBn(graph, $"{name}_conv2", main, layers[next++], stride: 1);
            var shortcut = block.Projects ? ConvBn(graph, $"{name}_projection", x, layers[next++], block.Stride) : x;
            x = graph.Node("Relu", $"{name}_out", [graph.Node("Add", $"{name}_add", [main, shortcut])]);
        }

        var embedding = graph.Node("Flatten", "embedding", [graph.Node("GlobalAveragePool", "pool", [x])], Int("axis", 1));
        if (network.Head is { } head)
        {
            graph.Node("Gemm", OutputName, [embedding, TorchInitializers.Add(graph, "head.weight", head.weight!), TorchInitializers.Add(graph, "head.bias", head.bias!)], Int("transB", 1));
            graph.Output(OutputName, -1, head.weight!.shape[0]);
        }
        else
        {
            graph.Output(embedding, -1, ResNet18Network.EmbeddingLength);
        }

        return graph.ToBytes(forOpenCv: true);
    }

    private static string ConvBn(OnnxGraphBuilder graph, string name, string input, (Conv2d Convolution, BatchNorm2d Normalization) layer, int stride)
    {
        var (conv, bn) = layer;
        var weight = conv.weight!;
        var kernel = weight.shape[2];
        var pad = kernel / 2;
        var convolved = graph.Node("Conv", name, [input, TorchInitializers.Add(graph, $"{name}.weight", weight)],
            Ints("kernel_shape", kernel, kernel), Ints("strides", stride, stride), Ints("pads", pad, pad, pad, pad));
        return graph.Node("BatchNormalization", $"{name}_bn",
            [convolved, TorchInitializers.Add(graph, $"{name}_bn.scale", bn.weight!), TorchInitializers.Add(graph, $"{name}_bn.bias", bn.bias!),
             TorchInitializers.Add(graph, $"{name}_bn.mean", bn.running_mean!), TorchInitializers.Add(graph, $"{name}_bn.var", bn.running_var!)],
            Float("epsilon", 1e-5f));
    }
}
