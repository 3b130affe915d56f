using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>Reads a folder (or its <c>dataset.json</c>) that describes a grid sheet of equally sized images.</summary>
public sealed class GridSheetReader : IDatasetReader
{
    /// <summary>The most cells one sheet may be cut into (a guard against an absurd rows or columns value).</summary>
    public const long MaxCells = 10_000_000;

    private readonly DatasetFingerprintKind _fingerprint;

    /// <summary>Creates a reader whose datasets carry a fingerprint of the given kind.</summary>
    /// <param name="fingerprint">Content (the bytes of every image, the default) or listing (ids, labels and file sizes only).</param>
    public GridSheetReader(DatasetFingerprintKind fingerprint = DatasetFingerprintKind.Content)
    {
        _fingerprint = fingerprint;
    }

    /// <inheritdoc />
    public string Format => "grid-sheet";

    /// <inheritdoc />
    public bool CanRead(string path) => DescriptorPath(path) is not null;

    /// <inheritdoc />
    public ImageDataset Read(string path)
    {
        var descriptorPath = DescriptorPath(path) ?? throw new UserInputException($"'{path}' has no {GridSheetDescriptor.FileName}; expected a grid-sheet descriptor.");
        var descriptor = GridSheetDescriptor.Load(descriptorPath);
        var folder = Path.GetDirectoryName(descriptorPath)!;
        var sheet = Path.GetFullPath(Path.Combine(folder, descriptor.Image));
        if (!File.Exists(sheet))
        {
            throw new UserInputException($"Descriptor '{descriptorPath}' names image '{descriptor.Image}', but '{sheet}' does not exist.");
        }

        if (ImageFileSignature.Check(sheet) is { } problem)
        {
            throw new UserInputException($"Grid sheet '{sheet}' {problem}; expected a PNG or other image file.");
        }

        if ((long)descriptor.Rows * descriptor.Columns > MaxCells)
        {
            throw new UserInputException($"Descriptor '{descriptorPath}': rows {descriptor.Rows} × columns {descriptor.Columns} = {(long)descriptor.Rows * descriptor.Columns} cells; expected at most {MaxCells} images in one sheet.");
        }

        if (ImageHeader.TrySize(sheet) is { } size
            && ((long)descriptor.Columns * descriptor.CellWidth > size.Width || (long)descriptor.Rows * descriptor.CellHeight > size.Height))
        {
            throw new UserInputException($"Descriptor '{descriptorPath}': columns {descriptor.Columns} × cellWidth {descriptor.CellWidth} = {(long)descriptor.Columns * descriptor.CellWidth} px and rows {descriptor.Rows} × cellHeight {descriptor.CellHeight} = {(long)descriptor.Rows * descriptor.CellHeight} px, but the sheet '{sheet}' is {size.Width}×{size.Height} px; expected the grid to fit in the sheet.");
        }

        var items = new List<DatasetItem>(descriptor.Rows * descriptor.Columns);
        for (var row = 0; row < descriptor.Rows; row++)
        {
            var label = row / descriptor.RowsPerClass;
            for (var column = 0; column < descriptor.Columns; column++)
            {
                var location = new GridCellLocation(sheet, row, column, descriptor.CellWidth, descriptor.CellHeight);
                items.Add(new DatasetItem($"{descriptor.Image}[{row},{column}]", location, label, null));
            }
        }

        var classes = descriptor.Classes.ToArray();
        DatasetValidation.Validate(descriptorPath, classes, items);
        var name = string.IsNullOrWhiteSpace(descriptor.Name) ? Path.GetFileName(folder) : descriptor.Name;
        return new ImageDataset(name, descriptorPath, Format, classes, items, [], DatasetFingerprint.Compute(_fingerprint, classes, items));
    }

    private static string? DescriptorPath(string path)
    {
        if (File.Exists(path) && Path.GetFileName(path) == GridSheetDescriptor.FileName)
        {
            return Path.GetFullPath(path);
        }

        var inFolder = Path.Combine(path, GridSheetDescriptor.FileName);
        return Directory.Exists(path) && File.Exists(inFolder) ? Path.GetFullPath(inFolder) : null;
    }
}
