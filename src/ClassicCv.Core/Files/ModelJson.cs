using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClassicCv.Files;

/// <summary>How ClassicCv writes the JSON files of a saved model (snake_case names, indented, NaN allowed).</summary>
public static class ModelJson
{
    /// <summary>The serializer options of every saved model's JSON file.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
