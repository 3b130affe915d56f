using System.Globalization;
using System.Text.Json;
using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.Onnx.Deep;

/// <summary>
/// How to run a user's ONNX classifier, from the optional JSON file beside the model (<c>model.onnx</c> →
/// <c>model.json</c>) and the values given beside it (the catalog's <c>onnx:PATH[key=value,...]</c>), which win over the
/// file. Keys (given / JSON):
/// <c>size</c> / <c>inputSize</c> (WxH, required), <c>channels</c> (1 or 3, default 3), <c>order</c> /
/// <c>channelOrder</c> (rgb or bgr, default rgb), <c>scale</c> (default 1/255), <c>mean</c> and <c>std</c>
/// (one value, or one per channel separated by <c>;</c>; defaults 0 and 1), <c>labels</c> (class names in the
/// model's output order, <c>;</c>-separated; default the dataset's classes in order), <c>batch</c> /
/// <c>batchSize</c> (images per forward pass, default 32); the file alone may also hold <c>testTimeFlip</c> (true:
/// score each image as the mean of its own and its left–right mirror's outputs, as a saved <c>+tta</c> row does).
/// </summary>
/// <param name="ModelPath">The ONNX file.</param>
/// <param name="Input">The network's input.</param>
/// <param name="Labels">Class names in output order, or <c>null</c> for the dataset's classes in order.</param>
/// <param name="BatchSize">Images per forward pass.</param>
/// <param name="SidecarPath">The JSON file that was read, or <c>null</c>.</param>
public sealed record OnnxClassifierOptions(string ModelPath, NetInput Input, IReadOnlyList<string>? Labels, int BatchSize, string? SidecarPath)
{
    /// <summary>The keys of values given beside the JSON file (<c>onnx:PATH[key=value,...]</c>).</summary>
    public static readonly IReadOnlyList<string> ParameterNames = ["size", "channels", "order", "scale", "mean", "std", "labels", "batch", "temperature"];

    /// <summary>The temperature of softmax(logits / T) scores (<c>temperature</c>), or <c>null</c> for the network's outputs as scores.</summary>
    public double? Temperature { get; init; }

    /// <summary>Score each image as the mean of its own and its left–right mirror's outputs (the JSON file's <c>testTimeFlip</c>); default false.</summary>
    public bool TestTimeFlip { get; init; }

    /// <summary>Allowed <see cref="BatchSize"/> values.</summary>
    public static IntRange BatchRange { get; } = new(1, 4096);

    /// <summary>Throws when an option lies outside its range or the model file is missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    /// <exception cref="FileNotFoundException"><see cref="ModelPath"/> does not exist.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Input, "OnnxClassifierOptions.Input");
        BatchRange.Check(BatchSize, "OnnxClassifierOptions.BatchSize");
        OptionChecks.PositiveOrNull(Temperature, "OnnxClassifierOptions.Temperature");
        if (!File.Exists(ModelPath))
        {
            throw new FileNotFoundException($"OnnxClassifierOptions.ModelPath '{ModelPath}' does not exist; expected an .onnx file.", ModelPath);
        }
    }

    /// <summary>The JSON file read beside a model: same name, extension <c>.json</c>.</summary>
    /// <param name="modelPath">The ONNX file.</param>
    public static string SidecarOf(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    /// <summary>Reads the options of <paramref name="modelPath"/> from its JSON file (<see cref="SidecarOf"/>), the defaults filling what it leaves out.</summary>
    /// <param name="modelPath">The ONNX file.</param>
    /// <exception cref="UserInputException">The model or its JSON file is missing or malformed, or a value is out of range; the message names the file.</exception>
    public static OnnxClassifierOptions Load(string modelPath) => Load(modelPath, null, null);

    /// <summary>
    /// Reads the options of <paramref name="modelPath"/>: each value from <paramref name="given"/> when it holds the key,
    /// else from the model's JSON file, else the default. Values are written as in the JSON file (lists separated by
    /// <c>;</c>, sizes <c>WxH</c>); the keys are <see cref="ParameterNames"/>.
    /// </summary>
    /// <param name="modelPath">The ONNX file.</param>
    /// <param name="given">Values that win over the JSON file's, by key of <see cref="ParameterNames"/>, or <c>null</c>.</param>
    /// <param name="givenBy">Where <paramref name="given"/> came from, named in messages (e.g. the <c>--deep</c> entry), or <c>null</c> for <c>onnx:PATH</c>.</param>
    /// <exception cref="UserInputException">The model or its JSON file is missing or malformed, or a value is out of range; the message names where the value came from.</exception>
    public static OnnxClassifierOptions Load(string modelPath, IReadOnlyDictionary<string, string>? given, string? givenBy)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        var path = modelPath.Trim();
        var origin = givenBy ?? $"onnx:{path}";
        if (path.Length == 0 || !File.Exists(path))
        {
            throw new UserInputException($"The ONNX model '{path}' of '{origin}' does not exist; expected onnx:PATH to an .onnx file.");
        }

        var inline = given ?? new Dictionary<string, string>();
        var sidecar = SidecarOf(path);
        var json = File.Exists(sidecar) ? ReadJson(sidecar) : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? Get(string key, string jsonKey) => inline.TryGetValue(key, out var value) ? value : json.GetValueOrDefault(jsonKey);
        string Where(string key) => inline.ContainsKey(key) ? $"'{origin}'" : $"'{sidecar}'";

        var sizeText = Get("size", "inputSize")
            ?? throw new UserInputException($"The input size of the ONNX model '{path}' is unknown; add size=WxH to '{origin}' or \"inputSize\": [W, H] to '{sidecar}'.");
        var size = ParseSize(sizeText, Where("size"));
        var channels = ParseInt(Get("channels", "channels") ?? "3", "channels", Where("channels"), 1, 3);
        if (channels == 2)
        {
            throw new UserInputException($"{Where("channels")} sets channels=2; expected 1 (grayscale) or 3 (colour).");
        }

        var orderText = Get("order", "channelOrder") ?? "rgb";
        var order = orderText.ToLowerInvariant() switch
        {
            "rgb" => ChannelOrder.Rgb,
            "bgr" => ChannelOrder.Bgr,
            _ => throw new UserInputException($"{Where("order")} sets the channel order to '{orderText}'; expected rgb or bgr."),
        };
        var scale = ParseFloats(Get("scale", "scale") ?? (1.0 / 255).ToString("R", CultureInfo.InvariantCulture), "scale", Where("scale"), 1)[0];
        var mean = ParseFloats(Get("mean", "mean") ?? "0", "mean", Where("mean"), channels);
        var std = ParseFloats(Get("std", "std") ?? "1", "std", Where("std"), channels);
        if (std.Any(s => !(s > 0)) || scale == 0)
        {
            throw new UserInputException($"The ONNX model options of '{origin}' have scale={scale.ToString(CultureInfo.InvariantCulture)} and std={string.Join(';', std)}; expected a non-zero scale and positive std values.");
        }

        var labelsText = Get("labels", "labels");
        var labels = labelsText?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var batch = ParseInt(Get("batch", "batchSize") ?? "32", "batch", Where("batch"), BatchRange.Min, BatchRange.Max);
        var temperatureText = Get("temperature", "temperature");
        double? temperature = temperatureText is null ? null : ParseFloats(temperatureText, "temperature", Where("temperature"), 1)[0];
        if (temperature is not null and not > 0)
        {
            throw new UserInputException($"{Where("temperature")} sets temperature={temperature.Value.ToString(CultureInfo.InvariantCulture)}; expected a positive number.");
        }

        var flipText = json.GetValueOrDefault("testTimeFlip") ?? "false";
        if (!bool.TryParse(flipText, out var testTimeFlip))
        {
            throw new UserInputException($"'{sidecar}' sets testTimeFlip to '{flipText}'; expected true or false.");
        }

        var input = new NetInput(size.Width, size.Height, channels, order, scale, mean, std);
        return new OnnxClassifierOptions(Path.GetFullPath(path), input, labels, batch, File.Exists(sidecar) ? sidecar : null) { Temperature = temperature, TestTimeFlip = testTimeFlip };
    }

    private static Dictionary<string, string> ReadJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UserInputException($"'{path}' is not a JSON object; expected e.g. {{\"inputSize\": [28, 28], \"channels\": 1, \"labels\": [\"a\", \"b\"]}}.");
            }

            // Lists are joined with ';' so inline and file values parse the same way.
            return document.RootElement.EnumerateObject().ToDictionary(
                property => property.Name,
                property => property.Value.ValueKind switch
                {
                    JsonValueKind.Array when property.Name.Equals("inputSize", StringComparison.OrdinalIgnoreCase) => string.Join('x', property.Value.EnumerateArray().Select(e => e.ToString())),
                    JsonValueKind.Array => string.Join(';', property.Value.EnumerateArray().Select(e => e.ToString())),
                    _ => property.Value.ToString(),
                },
                StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException e)
        {
            throw new UserInputException($"'{path}' is not valid JSON ({e.Message}).");
        }
    }

    private static (int Width, int Height) ParseSize(string text, string where)
    {
        var parts = text.ToLowerInvariant().Split('x');
        var numbers = parts.Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return numbers.Length is 1 or 2 && numbers.All(n => n is >= 1 and <= 4096)
            ? (numbers[0], numbers[^1])
            : throw new UserInputException($"{where} sets the input size to '{text}'; expected WxH (or one number), each from 1 to 4096.");
    }

    private static int ParseInt(string text, string key, string where, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UserInputException($"{where} sets {key}={text}; expected a whole number from {min} to {max}.");

    private static float[] ParseFloats(string text, string key, string where, int channels)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        var values = parts.Select(part => float.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && float.IsFinite(v) ? v : float.NaN).ToArray();
        if (values.Any(float.IsNaN) || (values.Length != 1 && values.Length != channels))
        {
            throw new UserInputException($"{where} sets {key}={text}; expected one number or {channels} separated by ';'.");
        }

        return values.Length == channels ? values : Enumerable.Repeat(values[0], channels).ToArray();
    }
}
