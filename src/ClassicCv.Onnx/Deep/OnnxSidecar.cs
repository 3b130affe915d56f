using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// Writes the JSON file beside an ONNX model (<c>model.onnx</c> → <c>model.json</c>) that <see cref="OnnxClassifierOptions"/>
/// reads, so a network trained in a run can be loaded again (<c>--deep onnx:PATH</c>, <c>classiccv explain --model PATH</c>).
/// </summary>
public static class OnnxSidecar
{
    /// <summary>Writes the sidecar of <paramref name="modelPath"/>.</summary>
    /// <param name="modelPath">The ONNX file.</param>
    /// <param name="input">How the network's input is made.</param>
    /// <param name="labels">Class names in the network's output order.</param>
    public static void Write(string modelPath, NetInput input, IReadOnlyList<string> labels) =>
        File.WriteAllText(OnnxClassifierOptions.SidecarOf(modelPath), Describe(input, labels).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    /// <summary>The sidecar's content: how the input is made and the class names in output order.</summary>
    /// <param name="input">How the network's input is made.</param>
    /// <param name="labels">Class names in the network's output order.</param>
    public static JsonObject Describe(NetInput input, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(labels);
        return new JsonObject
        {
            ["inputSize"] = new JsonArray(input.Width, input.Height),
            ["channels"] = input.Channels,
            ["channelOrder"] = input.Order.ToString().ToLowerInvariant(),
            ["scale"] = input.Scale,
            ["mean"] = new JsonArray(input.Mean.Select(m => (JsonNode)m).ToArray()),
            ["std"] = new JsonArray(input.Std.Select(s => (JsonNode)s).ToArray()),
            ["labels"] = new JsonArray(labels.Select(l => (JsonNode)l).ToArray()),
        };
    }
}
