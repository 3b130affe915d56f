namespace ClassicCv.Datasets;

/// <summary>Where the pixels of one image come from; decoding is done by an imaging back end.</summary>
public abstract record ImageLocation
{
    /// <summary>A short human-readable description used in messages and reports (usually a path).</summary>
    public abstract string Describe();
}

/// <summary>An encoded image file (PNG, JPEG, BMP, TIFF, WebP, …).</summary>
/// <param name="Path">Absolute path of the file.</param>
public sealed record FileImageLocation(string Path) : ImageLocation
{
    /// <inheritdoc />
    public override string Describe() => Path;
}

/// <summary>One cell of a sheet image that holds many equally sized images on a grid.</summary>
/// <param name="SheetPath">Absolute path of the sheet image.</param>
/// <param name="Row">Zero-based grid row of the cell.</param>
/// <param name="Column">Zero-based grid column of the cell.</param>
/// <param name="CellWidth">Cell width in pixels.</param>
/// <param name="CellHeight">Cell height in pixels.</param>
public sealed record GridCellLocation(string SheetPath, int Row, int Column, int CellWidth, int CellHeight) : ImageLocation
{
    /// <inheritdoc />
    public override string Describe() => $"{SheetPath}[row {Row}, column {Column}]";
}

/// <summary>One image of an IDX file (MNIST layout: unsigned bytes, row-major).</summary>
/// <param name="ImagesPath">Absolute path of the <c>*-images-idx3-ubyte</c> file, raw or gzip-compressed.</param>
/// <param name="Index">Zero-based index of the image inside the file.</param>
/// <param name="Rows">Image height in pixels.</param>
/// <param name="Columns">Image width in pixels.</param>
public sealed record IdxImageLocation(string ImagesPath, int Index, int Rows, int Columns) : ImageLocation
{
    /// <inheritdoc />
    public override string Describe() => $"{ImagesPath}[{Index}]";
}

/// <summary>An image already in memory (e.g. an occluded copy made to explain a prediction), 8-bit, row-major.</summary>
/// <param name="Name">How it is described in messages.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Channels">1 (grayscale) or 3 (BGR, interleaved).</param>
/// <param name="Pixels">Width × height × channels bytes.</param>
public sealed record PixelImageLocation(string Name, int Width, int Height, int Channels, byte[] Pixels) : ImageLocation
{
    /// <inheritdoc />
    public override string Describe() => Name;
}
