using ClassicCv.OpenCv.Deep;
using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace ClassicCv.Torch.Cnn;

/// <summary>
/// Writes the trained CNN as an ONNX graph (Conv → Relu → MaxPool → Conv → Relu → MaxPool → Flatten → Gemm, weights as
/// initializers; dropout is the identity at inference) with OnnxSharp's protobuf classes, since TorchSharp has no ONNX
/// export. MaxPool's strides are written explicitly, and integer attributes equal to 0 are left out (see
/// <see cref="OnnxZeroAttributes"/>).
/// </summary>
internal static class CnnOnnxExport
{
    public const string InputName = "input";
    public const string OutputName = "logits";

    public static byte[] ToBytes(CnnNetwork network)
    {
        var graph = new GraphProto { Name = "classiccv-cnn" };
        graph.Input.Add(ValueInfo(InputName, -1, network.Channels, network.Height, network.Width));
        graph.Output.Add(ValueInfo(OutputName, -1, network.Classes));
        var pads = network.Options.Padding;
        AddConv(graph, "conv1", InputName, "c1", network.Conv1, pads);
        graph.Node.Add(Node("Relu", "relu1", ["c1"], "r1"));
        graph.Node.Add(MaxPool("pool1", "r1", "p1"));
        AddConv(graph, "conv2", "p1", "c2", network.Conv2, pads);
        graph.Node.Add(Node("Relu", "relu2", ["c2"], "r2"));
        graph.Node.Add(MaxPool("pool2", "r2", "p2"));
        graph.Node.Add(Node("Flatten", "flatten", ["p2"], "flat", Int("axis", 1)));
        graph.Initializer.Add(Initializer("dense.weight", network.Dense.weight!));
        graph.Initializer.Add(Initializer("dense.bias", network.Dense.bias!));
        graph.Node.Add(Node("Gemm", "dense", ["flat", "dense.weight", "dense.bias"], OutputName, Int("transB", 1)));
        OnnxZeroAttributes.Remove(graph);
        var model = new ModelProto { IrVersion = 7, ProducerName = "ClassicCv", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model.ToByteArray();
    }

    private static void AddConv(GraphProto graph, string name, string input, string output, TorchSharp.Modules.Conv2d conv, int padding)
    {
        graph.Initializer.Add(Initializer($"{name}.weight", conv.weight!));
        graph.Initializer.Add(Initializer($"{name}.bias", conv.bias!));
        graph.Node.Add(Node("Conv", name, [input, $"{name}.weight", $"{name}.bias"], output,
            Ints("kernel_shape", 3, 3), Ints("strides", 1, 1), Ints("pads", padding, padding, padding, padding)));
    }

    private static NodeProto MaxPool(string name, string input, string output) =>
        Node("MaxPool", name, [input], output, Ints("kernel_shape", 2, 2), Ints("strides", 2, 2));

    private static NodeProto Node(string op, string name, string[] inputs, string output, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        return node;
    }

    private static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    private static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    private static TensorProto Initializer(string name, Tensor tensor)
    {
        using var cpu = tensor.detach().cpu().contiguous();
        var proto = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        proto.Dims.AddRange(cpu.shape);
        proto.FloatData.AddRange(cpu.data<float>().ToArray());
        return proto;
    }

    private static ValueInfoProto ValueInfo(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "N" } : new TensorShapeProto.Types.Dimension { DimValue = dim });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } } };
    }
}
