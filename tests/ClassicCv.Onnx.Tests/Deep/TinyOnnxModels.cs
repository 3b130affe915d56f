using Google.Protobuf;
using Onnx;

namespace ClassicCv.Onnx.Tests.Deep;

/// <summary>Writes tiny ONNX networks with known weights, built with the ONNX protobuf classes.</summary>
internal static class TinyOnnxModels
{
    /// <summary>Flatten → Gemm: logits = W · x + b, for an input of channels × height × width.</summary>
    public static string WriteLinear(string path, int channels, int height, int width, float[,] weights, float[] bias)
    {
        var outputs = weights.GetLength(0);
        var inputs = weights.GetLength(1);
        Assert.Equal(channels * height * width, inputs);
        var graph = new GraphProto { Name = "linear" };
        graph.Input.Add(ValueInfo("input", -1, channels, height, width));
        graph.Output.Add(ValueInfo("logits", -1, outputs));
        graph.Initializer.Add(Tensor("W", weights.Cast<float>().ToArray(), outputs, inputs));
        graph.Initializer.Add(Tensor("B", bias, outputs));
        graph.Node.Add(new NodeProto { OpType = "Flatten", Input = { "input" }, Output = { "flat" }, Attribute = { IntAttribute("axis", 1) } });
        graph.Node.Add(new NodeProto { OpType = "Gemm", Input = { "flat", "W", "B" }, Output = { "logits" }, Attribute = { IntAttribute("transB", 1) } });
        var model = new ModelProto { IrVersion = 7, ProducerName = "ClassicCv.Tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        File.WriteAllBytes(path, model.ToByteArray());
        return path;
    }

    private static AttributeProto IntAttribute(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    private static ValueInfoProto ValueInfo(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "N" } : new TensorShapeProto.Types.Dimension { DimValue = dim });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } } };
    }

    private static TensorProto Tensor(string name, float[] values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.FloatData.AddRange(values);
        return tensor;
    }
}
