using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// Builds an ONNX graph (opset 13) node by node with float and int64 initializers, for the graphs ClassicCv writes
/// itself (TorchSharp has no ONNX export): the trained networks and the <c>kmeans-patches</c> encoding.
/// </summary>
/// <param name="name">The graph's name.</param>
public sealed class OnnxGraphBuilder(string name)
{
    private readonly GraphProto _graph = new() { Name = name };

    /// <summary>Declares a float input; a negative dimension is the symbolic batch size <c>N</c>.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="dims">Its dimensions.</param>
    public void Input(string name, params long[] dims) => _graph.Input.Add(ValueInfo(name, dims));

    /// <summary>Declares a float output; a negative dimension is the symbolic batch size <c>N</c>.</summary>
    /// <param name="name">The output's name (a node's output).</param>
    /// <param name="dims">Its dimensions.</param>
    public void Output(string name, params long[] dims) => _graph.Output.Add(ValueInfo(name, dims));

    /// <summary>A float constant of the given shape; returns its name.</summary>
    /// <param name="name">The initializer's name.</param>
    /// <param name="values">Its values, row-major.</param>
    /// <param name="dims">Its shape.</param>
    public string Constant(string name, float[] values, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan())) };
        tensor.Dims.AddRange(dims);
        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>An int64 vector constant; returns its name.</summary>
    /// <param name="name">The initializer's name.</param>
    /// <param name="values">Its values.</param>
    public string Int64s(string name, params long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan())) };
        tensor.Dims.Add(values.Length);
        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>Adds a node whose one output is named <paramref name="output"/> (also the node's name); returns that name.</summary>
    /// <param name="op">The operator (e.g. <c>Conv</c>).</param>
    /// <param name="output">The output's name.</param>
    /// <param name="inputs">The inputs' names.</param>
    /// <param name="attributes">The node's attributes.</param>
    public string Node(string op, string output, string[] inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        _graph.Node.Add(node);
        return output;
    }

    /// <summary>An integer attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value.</param>
    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>A float attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value.</param>
    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    /// <summary>An integer-list attribute.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="values">Its values.</param>
    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    /// <summary>The model's bytes.</summary>
    /// <param name="forOpenCv">
    /// Leave out integer attributes equal to their default 0, which OpenCV's importer cannot read
    /// (<see cref="OnnxZeroAttributes"/>); ONNX Runtime reads them either way.
    /// </param>
    public byte[] ToBytes(bool forOpenCv = false)
    {
        if (forOpenCv)
        {
            OnnxZeroAttributes.Remove(_graph);
        }

        var model = new ModelProto { IrVersion = 7, ProducerName = "ClassicCv", Graph = _graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model.ToByteArray();
    }

    private static ValueInfoProto ValueInfo(string name, long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "N" } : new TensorShapeProto.Types.Dimension { DimValue = dim });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } } };
    }
}
