using System.Text.Json;
using System.Text.Json.Nodes;
using ClassicCv.Errors;

namespace ClassicCv.OpenCv.Learners;

/// <summary>Reads and writes the small JSON file that sits beside a saved native model.</summary>
internal static class ModelFiles
{
    /// <summary>Name of the JSON file holding a model's managed settings.</summary>
    public const string MetaFile = "classifier.json";

    /// <summary>Name of the file OpenCV writes the native model to (gzip-compressed YAML).</summary>
    public const string NativeFile = "classifier.yml.gz";

    public static void WriteMeta(string directory, JsonObject meta) =>
        File.WriteAllText(Path.Combine(directory, MetaFile), meta.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static JsonObject ReadMeta(string directory)
    {
        var path = Path.Combine(directory, MetaFile);
        if (!File.Exists(path))
        {
            throw new UserInputException($"Saved model '{directory}' has no {MetaFile}; expected a folder written by classiccv run --save-models.");
        }

        return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new UserInputException($"'{path}' is not a JSON object; expected a classifier description.");
    }

    public static string NativePath(string directory)
    {
        var path = Path.Combine(directory, NativeFile);
        return File.Exists(path)
            ? path
            : throw new UserInputException($"Saved model '{directory}' has no {NativeFile}; expected the OpenCV model beside {MetaFile}.");
    }

    public static string NativeFileName(int index) => $"classifier-{index}.yml.gz";

    public static string NativePath(string directory, int index)
    {
        var path = Path.Combine(directory, NativeFileName(index));
        return File.Exists(path)
            ? path
            : throw new UserInputException($"Saved model '{directory}' has no {NativeFileName(index)}; expected the OpenCV model beside {MetaFile}.");
    }

    public static int Int(JsonObject meta, string key) =>
        meta[key]?.GetValue<int>() ?? throw new UserInputException($"The saved classifier description lacks '{key}'.");
}
