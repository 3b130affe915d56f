using Onnx;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// OnnxSharp's protobuf classes are proto3: an integer attribute equal to 0 is written without its value, and
/// OpenCV's importer (proto2, which asks whether the value is present) then rejects the node ("unsupported attribute
/// format"). Attributes whose ONNX default is 0 can simply be removed before writing; any other integer attribute
/// equal to 0 cannot be written faithfully and is an error.
/// </summary>
public static class OnnxZeroAttributes
{
    /// <summary>Integer attributes whose ONNX default is 0 (removing them changes nothing).</summary>
    public static readonly IReadOnlySet<string> ZeroByDefault = new HashSet<string>(StringComparer.Ordinal)
    {
        "storage_order", "count_include_pad", "ceil_mode", "transA", "transB",
    };

    /// <summary>Removes integer attributes equal to 0 that default to 0, in every node of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph, modified in place.</param>
    /// <exception cref="InvalidOperationException">A node has another integer attribute equal to 0.</exception>
    public static void Remove(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var node in graph.Node)
        {
            var zeros = node.Attribute.Where(a => a.Type == AttributeProto.Types.AttributeType.Int && a.I == 0).ToArray();
            foreach (var attribute in zeros)
            {
                if (!ZeroByDefault.Contains(attribute.Name))
                {
                    throw new InvalidOperationException($"Node '{node.Name}' ({node.OpType}) has {attribute.Name}=0, which OnnxSharp cannot write so that OpenCV reads it; only attributes that default to 0 ({string.Join(", ", ZeroByDefault)}) can be dropped.");
                }

                node.Attribute.Remove(attribute);
            }
        }
    }
}
