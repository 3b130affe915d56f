using System.Runtime.InteropServices;
using Onnx;
using static TorchSharp.torch;

namespace ClassicCv.Torch.FineTuning;

/// <summary>
/// Loads the ImageNet weights of the ResNet-18 ONNX file ClassicCv ships (Microsoft.ML.DnnImageFeaturizer.ResNet18:
/// unfused Conv + BatchNormalization nodes whose weights are initializers) into a <see cref="ResNet18Network"/>.
/// The file lists a stage's shortcut projection before the block's two convolutions; every other convolution comes in
/// network order. Each tensor's shape is checked against the network's before it is copied.
/// </summary>
internal static class ResNet18OnnxWeights
{
    /// <summary>Copies every convolution and batch-normalisation weight of <paramref name="onnxPath"/> into <paramref name="network"/>.</summary>
    /// <param name="network">The network (its head, if any, is left as initialised).</param>
    /// <param name="onnxPath">The shipped <c>ResNet18.onnx</c>.</param>
    /// <exception cref="InvalidDataException">The file's layers do not match ResNet-18's.</exception>
    public static void Load(ResNet18Network network, string onnxPath)
    {
        var graph = ModelProto.Parser.ParseFrom(File.ReadAllBytes(onnxPath)).Graph;
        var initializers = graph.Initializer.ToDictionary(tensor => tensor.Name);
        var layers = InNetworkOrder(graph).ToArray();
        var targets = network.ConvolutionLayers;
        if (layers.Length != targets.Count)
        {
            throw new InvalidDataException($"'{onnxPath}' has {layers.Length} convolutions with batch normalisation; ResNet-18 has {targets.Count}.");
        }

        using var noGrad = no_grad();
        for (var i = 0; i < layers.Length; i++)
        {
            var (conv, bn) = layers[i];
            var (convolution, normalization) = targets[i];
            Copy(convolution.weight!, initializers[conv.Input[1]], onnxPath);
            Copy(normalization.weight!, initializers[bn.Input[1]], onnxPath);
            Copy(normalization.bias!, initializers[bn.Input[2]], onnxPath);
            Copy(normalization.running_mean!, initializers[bn.Input[3]], onnxPath);
            Copy(normalization.running_var!, initializers[bn.Input[4]], onnxPath);
        }
    }

    private static IEnumerable<(NodeProto Conv, NodeProto Bn)> InNetworkOrder(GraphProto graph)
    {
        var consumers = graph.Node.SelectMany(node => node.Input.Select(input => (input, node))).ToLookup(p => p.input, p => p.node);
        var deferred = new Queue<(NodeProto, NodeProto)>();
        var sinceProjection = 0;
        foreach (var conv in graph.Node.Where(node => node.OpType == "Conv"))
        {
            var bn = consumers[conv.Output[0]].Single(node => node.OpType == "BatchNormalization");
            var kernel = conv.Attribute.Single(a => a.Name == "kernel_shape").Ints;
            if (kernel.All(k => k == 1))
            {
                deferred.Enqueue((conv, bn));
                sinceProjection = 0;
                continue;
            }

            yield return (conv, bn);
            if (deferred.Count > 0 && ++sinceProjection == 2)
            {
                yield return deferred.Dequeue();
            }
        }

        foreach (var left in deferred)
        {
            yield return left;
        }
    }

    private static void Copy(Tensor target, TensorProto source, string onnxPath)
    {
        var shape = source.Dims.ToArray();
        if (!shape.SequenceEqual(target.shape))
        {
            throw new InvalidDataException($"'{onnxPath}': the initializer '{source.Name}' has shape [{string.Join(", ", shape)}] where ResNet-18 needs [{string.Join(", ", target.shape)}].");
        }

        var values = source.FloatData.Count > 0 ? source.FloatData.ToArray() : MemoryMarshal.Cast<byte, float>(source.RawData.Span).ToArray();
        using var loaded = tensor(values, shape);
        target.copy_(loaded);
    }
}
