using System.Globalization;
using ClassicCv.Errors;
using CsvHelper;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// Reads a CSV (<c>.csv</c>) or TSV (<c>.tsv</c>) manifest with a header naming <c>path</c> and <c>label</c>
/// columns and an optional <c>split</c> column (<c>train</c> / <c>test</c>). Relative paths resolve against
/// the manifest's folder; a listed file that is missing or not an image is skipped and listed.
/// </summary>
public sealed class ManifestReader : IDatasetReader
{
    private readonly DatasetFingerprintKind _fingerprint;

    /// <summary>Creates a reader whose datasets carry a fingerprint of the given kind.</summary>
    /// <param name="fingerprint">Content (the bytes of every image, the default) or listing (ids, labels and file sizes only).</param>
    public ManifestReader(DatasetFingerprintKind fingerprint = DatasetFingerprintKind.Content)
    {
        _fingerprint = fingerprint;
    }

    /// <inheritdoc />
    public string Format => "manifest";

    /// <inheritdoc />
    public bool CanRead(string path) =>
        File.Exists(path) && Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv";

    /// <inheritdoc />
    public ImageDataset Read(string path)
    {
        var manifest = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(manifest)!;
        var rows = ReadRows(manifest);
        var classNames = rows.Select(row => row.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelByName = classNames.Select((name, label) => (name, label)).ToDictionary(p => p.name, p => p.label, StringComparer.Ordinal);
        var items = new List<DatasetItem>();
        var skipped = new List<SkippedImage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var file = Path.GetFullPath(Path.Combine(folder, row.Path));
            var problem = !File.Exists(file) ? "is listed in the manifest but does not exist" : ImageFileSignature.Check(file);
            if (problem is not null)
            {
                skipped.Add(new SkippedImage(file, problem));
                continue;
            }

            var id = row.Path.Replace('\\', '/');
            if (!seen.Add(id))
            {
                throw new UserInputException($"Manifest '{manifest}' line {row.Line}: path '{row.Path}' is listed twice; expected each image once.");
            }

            items.Add(new DatasetItem(id, new FileImageLocation(file), labelByName[row.Label], row.Split));
        }

        DatasetValidation.Validate(manifest, classNames, items);
        return new ImageDataset(Path.GetFileNameWithoutExtension(manifest), manifest, Format, classNames, items, skipped, DatasetFingerprint.Compute(_fingerprint, classNames, items));
    }

    private static List<(string Path, string Label, SplitRole? Split, int Line)> ReadRows(string manifest)
    {
        var options = new CsvReaderOptions
        {
            Separator = Path.GetExtension(manifest).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',',
            NormalizeHeaderName = name => name.Trim().ToLowerInvariant(),
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.FromFile(manifest, options);
        IReadOnlyList<string> header;
        try
        {
            csv.ReadHeader();
            header = csv.Headers;
        }
        catch (Exception exception) when (exception is CsvFormatException or InvalidOperationException)
        {
            throw new UserInputException($"Manifest '{manifest}' has no readable header ({exception.Message}); expected a header with 'path' and 'label' columns.", exception);
        }

        foreach (var required in new[] { "path", "label" })
        {
            if (!header.Contains(required))
            {
                throw new UserInputException($"Manifest '{manifest}' has columns [{string.Join(", ", header)}]; expected 'path' and 'label' columns (and an optional 'split').");
            }
        }

        var hasSplit = header.Contains("split");
        var rows = new List<(string, string, SplitRole?, int)>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var filePath = csv.GetString("path").Trim();
            var label = csv.GetString("label").Trim();
            if (filePath.Length == 0 || label.Length == 0)
            {
                throw new UserInputException($"Manifest '{manifest}' line {line}: path '{filePath}' and label '{label}' must both be non-empty.");
            }

            rows.Add((filePath, label, hasSplit ? ParseSplit(csv.GetString("split"), manifest, line) : null, line));
        }

        if (rows.Count == 0)
        {
            throw new UserInputException($"Manifest '{manifest}' lists no images; expected one row per image under the 'path,label' header.");
        }

        return rows;
    }

    private static SplitRole ParseSplit(string? value, string manifest, int line) => value?.Trim().ToLowerInvariant() switch
    {
        "train" => SplitRole.Train,
        "test" => SplitRole.Test,
        _ => throw new UserInputException($"Manifest '{manifest}' line {line}: split is '{value}'; expected 'train' or 'test'."),
    };
}
