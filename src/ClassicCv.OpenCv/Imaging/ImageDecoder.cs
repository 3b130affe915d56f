using System.Collections.Concurrent;
using ClassicCv.Datasets;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>
/// Decodes an <see cref="ImageLocation"/> into an 8-bit <see cref="Mat"/>. Grid sheets are decoded once and
/// cropped; IDX pixels are handed in already read. Thread-safe; disposing releases the cached sheets.
/// </summary>
public sealed class ImageDecoder : IDisposable
{
    private readonly ConcurrentDictionary<(string Path, ImageReadMode Mode), Lazy<Mat>> _sheets = new();

    /// <summary>Decodes one image; returns <c>null</c> with a reason when it cannot be decoded.</summary>
    /// <param name="location">Where the image is.</param>
    /// <param name="mode">Grayscale or colour.</param>
    /// <param name="idxPixels">For an <see cref="IdxImageLocation"/>, its rows × columns bytes; otherwise ignored.</param>
    /// <param name="reason">Why the image could not be decoded.</param>
    /// <returns>A new <see cref="Mat"/> the caller disposes, or <c>null</c>.</returns>
    public Mat? TryDecode(ImageLocation location, ImageReadMode mode, byte[]? idxPixels, out string reason)
    {
        reason = "";
        switch (location)
        {
            case FileImageLocation file:
                var image = Cv2.ImRead(file.Path, mode == ImageReadMode.Grayscale ? ImreadModes.Grayscale : ImreadModes.Color);
                if (image.Empty())
                {
                    image.Dispose();
                    reason = "could not be decoded (corrupt, truncated or unsupported image)";
                    return null;
                }

                return image;
            case EncodedImageLocation encoded:
                var decoded = Cv2.ImDecode(encoded.Bytes, mode == ImageReadMode.Grayscale ? ImreadModes.Grayscale : ImreadModes.Color);
                if (decoded.Empty())
                {
                    decoded.Dispose();
                    reason = "could not be decoded (corrupt, truncated or unsupported image)";
                    return null;
                }

                return decoded;
            case GridCellLocation cell:
                var sheet = _sheets.GetOrAdd((cell.SheetPath, mode), key => new Lazy<Mat>(() => ReadSheet(key.Path, key.Mode))).Value;
                var rect = new Rect(cell.Column * cell.CellWidth, cell.Row * cell.CellHeight, cell.CellWidth, cell.CellHeight);
                if (sheet.Empty() || rect.Right > sheet.Width || rect.Bottom > sheet.Height)
                {
                    reason = $"lies outside the {sheet.Width}×{sheet.Height} sheet (cell {rect})";
                    return null;
                }

                using (var roi = new Mat(sheet, rect))
                {
                    return roi.Clone();
                }

            case IdxImageLocation idx when idxPixels is not null:
                // The Mat pins and wraps the caller's array (no copy); the array outlives it.
                var gray = Mat.FromPixelData(idx.Rows, idx.Columns, MatType.CV_8UC1, idxPixels);
                if (mode == ImageReadMode.Grayscale)
                {
                    return gray;
                }

                using (gray)
                {
                    var color = new Mat();
                    Cv2.CvtColor(gray, color, ColorConversionCodes.GRAY2BGR);
                    return color;
                }

            default:
                throw new ArgumentException($"Cannot decode a {location.GetType().Name} without its pixels.", nameof(location));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var sheet in _sheets.Values.Where(lazy => lazy.IsValueCreated))
        {
            sheet.Value.Dispose();
        }

        _sheets.Clear();
    }

    private static Mat ReadSheet(string path, ImageReadMode mode) =>
        Cv2.ImRead(path, mode == ImageReadMode.Grayscale ? ImreadModes.Grayscale : ImreadModes.Color);
}
