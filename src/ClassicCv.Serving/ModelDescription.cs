using System.Security.Cryptography;
using System.Text.Json;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Pipelines;

namespace ClassicCv.Serving;

/// <summary>What <c>GET /v1/models/{name}</c> tells about a loaded model.</summary>
/// <param name="Name">The name in the URL (the model folder's name).</param>
/// <param name="Version">The first 12 hex digits of the SHA-256 of the model's description file (<c>pipeline.json</c> or <c>model.json</c>).</param>
/// <param name="Kind"><c>pipeline</c> (features → transforms → classifier) or <c>network</c> (an ONNX network).</param>
/// <param name="Classes">Class names, by label.</param>
/// <param name="Features">The feature spec, or <c>-</c> for a network.</param>
/// <param name="Classifier">The classifier kind, or <c>onnx</c> for a network.</param>
/// <param name="InputWidth">Training image width (pipelines) or network input width, in pixels.</param>
/// <param name="InputHeight">Training image height or network input height, in pixels.</param>
/// <param name="RunId">The training run's id (the report folder holding <c>models/</c>), or <c>null</c>.</param>
/// <param name="Metadata">The description file's scalar entries and short lists (long arrays such as codebooks are left out).</param>
public sealed record ModelDescription(string Name, string Version, string Kind, IReadOnlyList<string> Classes, string Features, string Classifier,
    int InputWidth, int InputHeight, string? RunId, IReadOnlyDictionary<string, JsonElement> Metadata)
{
    private const int ShortList = 64;

    /// <summary>Describes the model saved in <paramref name="directory"/>.</summary>
    /// <param name="name">Its name in URLs.</param>
    /// <param name="directory">The saved folder.</param>
    /// <param name="classes">Its class names, by label.</param>
    public static ModelDescription Read(string name, string directory, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var network = SavedNetwork.IsNetworkFolder(directory);
        var path = network ? OnnxClassifierOptions.SidecarOf(Path.Combine(directory, SavedNetwork.ModelFile)) : Path.Combine(directory, PipelineFile.FileName);
        var bytes = File.ReadAllBytes(path);
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var metadata = root.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)
                || (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() <= ShortList && p.Value.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))))
            .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var parent = Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar));
        var runId = parent is not null && Path.GetFileName(parent) == "models" ? Path.GetFileName(Path.GetDirectoryName(parent)) : null;
        if (network)
        {
            var size = root.GetProperty("inputSize");
            var pipeline = root.TryGetProperty("pipeline", out var p) ? p.GetString() : null;
            return new ModelDescription(name, version, "network", classes, EndToEnd.FeaturesName, pipeline is null ? "onnx" : $"onnx ({pipeline})", size[0].GetInt32(), size[size.GetArrayLength() - 1].GetInt32(), runId, metadata);
        }

        return new ModelDescription(name, version, "pipeline", classes, root.GetProperty("features").GetString() ?? "", root.GetProperty("classifier").GetString() ?? "",
            root.GetProperty("reference_width").GetInt32(), root.GetProperty("reference_height").GetInt32(), runId, metadata);
    }
}
