using System.Text.Json;
using System.Text.Json.Serialization;
using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// The <c>dataset.json</c> that says how to cut a grid sheet (such as OpenCV's <c>digits.png</c>) into images:
/// cells of <see cref="CellWidth"/>×<see cref="CellHeight"/> pixels, <see cref="Columns"/> per row, and
/// consecutive blocks of <see cref="RowsPerClass"/> rows per class, in the order of <see cref="Classes"/>.
/// </summary>
public sealed record GridSheetDescriptor
{
    /// <summary>The file name that marks a grid-sheet dataset folder.</summary>
    public const string FileName = "dataset.json";

    /// <summary>Must be <c>grid-sheet</c>.</summary>
    [JsonPropertyName("format")] public string Format { get; init; } = "";

    /// <summary>Display name of the dataset.</summary>
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>The sheet image, relative to the descriptor.</summary>
    [JsonPropertyName("image")] public string Image { get; init; } = "";

    /// <summary>Cell width in pixels (≥ 1).</summary>
    [JsonPropertyName("cellWidth")] public int CellWidth { get; init; }

    /// <summary>Cell height in pixels (≥ 1).</summary>
    [JsonPropertyName("cellHeight")] public int CellHeight { get; init; }

    /// <summary>Cells per grid row (≥ 1).</summary>
    [JsonPropertyName("columns")] public int Columns { get; init; }

    /// <summary>Grid rows in the sheet (≥ 1).</summary>
    [JsonPropertyName("rows")] public int Rows { get; init; }

    /// <summary>Consecutive grid rows that belong to one class (≥ 1).</summary>
    [JsonPropertyName("rowsPerClass")] public int RowsPerClass { get; init; }

    /// <summary>Class names, in the order their row blocks appear.</summary>
    [JsonPropertyName("classes")] public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>Reads and validates a descriptor.</summary>
    /// <param name="path">The <c>dataset.json</c> file.</param>
    public static GridSheetDescriptor Load(string path)
    {
        GridSheetDescriptor? descriptor;
        try
        {
            descriptor = JsonSerializer.Deserialize<GridSheetDescriptor>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"Grid-sheet descriptor '{path}' is not valid JSON ({exception.Message}).", exception);
        }

        if (descriptor is null || descriptor.Format != "grid-sheet")
        {
            throw new UserInputException($"Descriptor '{path}' has format '{descriptor?.Format}'; expected \"format\": \"grid-sheet\".");
        }

        descriptor.Validate(path);
        return descriptor;
    }

    private void Validate(string path)
    {
        foreach (var (name, value) in new[] { ("cellWidth", CellWidth), ("cellHeight", CellHeight), ("columns", Columns), ("rows", Rows), ("rowsPerClass", RowsPerClass) })
        {
            if (value < 1)
            {
                throw new UserInputException($"Descriptor '{path}': {name} is {value}; expected a whole number ≥ 1.");
            }
        }

        if ((long)Classes.Count * RowsPerClass != Rows)
        {
            throw new UserInputException($"Descriptor '{path}': {Classes.Count} classes × rowsPerClass {RowsPerClass} = {(long)Classes.Count * RowsPerClass} rows, but rows is {Rows}; they must be equal.");
        }

        var repeated = Classes.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null || Classes.Any(string.IsNullOrWhiteSpace))
        {
            throw new UserInputException(repeated is not null
                ? $"Descriptor '{path}': class '{repeated.Key}' is named {repeated.Count()} times in \"classes\"; expected distinct class names."
                : $"Descriptor '{path}': \"classes\" has an empty name; expected non-empty class names.");
        }

        if (string.IsNullOrWhiteSpace(Image))
        {
            throw new UserInputException($"Descriptor '{path}': \"image\" is empty; expected the sheet's file name.");
        }
    }
}
