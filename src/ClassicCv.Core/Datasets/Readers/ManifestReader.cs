using System.Globalization;
using ClassicCv.Errors;
using CsvHelper;

namespace ClassicCv.Datasets.Readers;

/// <summary>
/// Reads a CSV (<c>.csv</c>) or TSV (<c>.tsv</c>) manifest with a header naming <c>path</c> and <c>label</c>
/// columns and an optional <c>split</c> column (<c>train</c> / <c>test</c>). Relative paths resolve against
/// the manifest's folder; a listed file that is missing or not an image is skipped and listed. Paths are compared after
/// resolving them (<c>a/./x.png</c>, <c>../base/a/x.png</c>, an absolute twin and symbolic links are one file): a file
/// listed twice with one label is used once (and the repeat listed), with two labels it is an error naming both rows.
/// The file must be UTF-8 (or carry a UTF-16 byte-order mark); header names are matched ignoring case.
/// An optional <c>group</c> column names each image's group (kept on one side of every split and fold; an empty cell is
/// a group of its own); every other column is kept per image (<see cref="DatasetItem.Columns"/>, e.g. for <c>--slice-by</c>).
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
        var (rows, header) = ReadRows(manifest);
        var classNames = rows.Select(row => row.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelByName = classNames.Select((name, label) => (name, label)).ToDictionary(p => p.name, p => p.label, StringComparer.Ordinal);
        var items = new List<DatasetItem>();
        var skipped = new List<SkippedImage>();
        var seen = new Dictionary<string, (int Line, string Label, string Path)>(StringComparer.Ordinal);
        var realFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var file = Path.GetFullPath(Path.Combine(folder, row.Path));
            var problem = Directory.Exists(file) ? "is listed in the manifest but is a folder; expected an image file"
                : !File.Exists(file) ? "is listed in the manifest but does not exist"
                : ImageFileSignature.Check(file);
            if (problem is not null)
            {
                skipped.Add(new SkippedImage(file, problem));
                continue;
            }

            var real = Canonical(file, realFolders, manifest, row.Line);
            if (seen.TryGetValue(real, out var first))
            {
                if (first.Label != row.Label)
                {
                    throw new UserInputException($"Manifest '{manifest}': line {first.Line} ('{first.Path}', label '{first.Label}') and line {row.Line} ('{row.Path}', label '{row.Label}') are the same file '{real}' with two labels; expected one label per image.");
                }

                skipped.Add(new SkippedImage(file, $"is listed again on line {row.Line} (as '{row.Path}'; first on line {first.Line} as '{first.Path}', same label '{row.Label}'), so it is used once"));
                continue;
            }

            seen[real] = (row.Line, row.Label, row.Path);
            var id = row.Path.Replace('\\', '/');

            items.Add(new DatasetItem(id, new FileImageLocation(file), labelByName[row.Label], row.Split) { Group = row.Group, Columns = row.Columns });
        }

        DatasetValidation.Validate(manifest, classNames, items);
        return new ImageDataset(Path.GetFileNameWithoutExtension(manifest), manifest, Format, classNames, items, skipped, DatasetFingerprint.Compute(_fingerprint, classNames, items)) { ManifestColumns = header };
    }

    /// <summary>The file's real path; each folder is resolved once (a manifest lists many files per folder).</summary>
    private static string Canonical(string file, Dictionary<string, string> realFolders, string manifest, int line)
    {
        try
        {
            if (new FileInfo(file).LinkTarget is not null)
            {
                return RealPath.Of(file);
            }

            var folder = Path.GetDirectoryName(file)!;
            if (!realFolders.TryGetValue(folder, out var realFolder))
            {
                realFolder = RealPath.Of(folder);
                realFolders[folder] = realFolder;
            }

            return Path.Combine(realFolder, Path.GetFileName(file));
        }
        catch (IOException exception)
        {
            throw new UserInputException($"Manifest '{manifest}' line {line}: '{file}' cannot be resolved ({exception.Message}); expected a path without a symbolic-link loop.", exception);
        }
    }

    /// <summary>Refuses a manifest that is not UTF-8 (e.g. Latin-1, where 'café' would silently become 'caf�').</summary>
    private static void RequireUtf8(string manifest)
    {
        var bytes = File.ReadAllBytes(manifest);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }

        var decoder = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        var offset = 0;
        try
        {
            decoder.GetCharCount(bytes);
        }
        catch (System.Text.DecoderFallbackException exception)
        {
            offset = exception.Index;
        }

        var lineNumber = 1 + bytes.AsSpan(0, Math.Clamp(offset, 0, bytes.Length)).Count((byte)'\n');
        throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
            $"Manifest '{manifest}' is not valid UTF-8 (byte 0x{bytes[Math.Clamp(offset, 0, bytes.Length - 1)]:X2} on line {lineNumber}, e.g. Latin-1 text); expected UTF-8, so names such as 'café' are read as written. Save it as UTF-8."));
    }

    private static (List<ManifestRow> Rows, IReadOnlyList<string> Header) ReadRows(string manifest)
    {
        RequireUtf8(manifest);
        var options = new CsvReaderOptions
        {
            Separator = Path.GetExtension(manifest).Equals(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',',
            NormalizeHeaderName = Normalize,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.FromFile(manifest, options);
        IReadOnlyList<string> header;
        try
        {
            csv.ReadHeader();
            header = csv.Headers.Select(Normalize).ToArray();
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
        var hasGroup = header.Contains("group");
        var extra = header.Where(name => name is not ("path" or "label" or "split" or "group")).Distinct(StringComparer.Ordinal).ToArray();
        var rows = new List<ManifestRow>();
        while (Next(csv, manifest))
        {
            var line = (int)csv.LineNumber;
            var filePath = csv.GetString("path").Trim();
            var label = csv.GetString("label").Trim();
            if (filePath.Length == 0 || label.Length == 0)
            {
                throw new UserInputException($"Manifest '{manifest}' line {line}: path '{filePath}' and label '{label}' must both be non-empty.");
            }

            var group = hasGroup ? csv.GetString("group")?.Trim() : null;
            var columns = extra.ToDictionary(name => name, name => csv.GetString(name)?.Trim() ?? "", StringComparer.Ordinal);
            rows.Add(new ManifestRow(filePath, label, hasSplit ? ParseSplit(csv.GetString("split"), manifest, line) : null, line, string.IsNullOrEmpty(group) ? null : group, columns));
        }

        if (rows.Count == 0)
        {
            throw new UserInputException($"Manifest '{manifest}' lists no images; expected one row per image under the 'path,label' header.");
        }

        return (rows, header);
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();

    private static bool Next(CsvReader csv, string manifest)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException exception)
        {
            throw new UserInputException($"Manifest '{manifest}' line {exception.LineNumber}: malformed quoting ({exception.Message}); expected every quoted field to be closed, with \"\" for a quote inside it.", exception);
        }
    }

    private sealed record ManifestRow(string Path, string Label, SplitRole? Split, int Line, string? Group, IReadOnlyDictionary<string, string> Columns);

    private static SplitRole ParseSplit(string? value, string manifest, int line) => value?.Trim().ToLowerInvariant() switch
    {
        "train" => SplitRole.Train,
        "test" => SplitRole.Test,
        _ => throw new UserInputException($"Manifest '{manifest}' line {line}: split is '{value}'; expected 'train' or 'test'."),
    };
}
