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
        try
        {
            return Decode(location, mode, idxPixels, out reason);
        }
        catch (Exception exception) when (exception is OpenCVException or OpenCvSharpException or IOException or UnauthorizedAccessException)
        {
            // Whatever OpenCV refuses (a header claiming more than CV_IO_MAX_IMAGE_PIXELS pixels, a codec error) concerns
            // this image only: it is skipped and listed like any undecodable one.
            reason = $"could not be decoded ({OpenCvMessages.OneLine(exception)})";
            return null;
        }
    }

    private Mat? Decode(ImageLocation location, ImageReadMode mode, byte[]? idxPixels, out string reason)
    {
        reason = "";
        switch (location)
        {
            case FileImageLocation file:
                // Only a regular file is opened by OpenCV (a FIFO would block it forever); checked from metadata alone.
                if (ImageFileSignature.CheckFileType(file.Path) is { } problem)
                {
                    reason = problem;
                    return null;
                }

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
                    reason = sheet.Empty()
                        ? "could not be decoded: the grid sheet is corrupt, truncated or unsupported"
                        : $"lies outside the {sheet.Width}×{sheet.Height} px sheet: cell (row {cell.Row}, column {cell.Column}) covers x {rect.Left}..{rect.Right - 1}, y {rect.Top}..{rect.Bottom - 1}";
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

            case PixelImageLocation memory:
                using (var wrapped = Mat.FromPixelData(memory.Height, memory.Width, memory.Channels == 1 ? MatType.CV_8UC1 : MatType.CV_8UC3, memory.Pixels))
                {
                    var wanted = mode == ImageReadMode.Grayscale ? 1 : 3;
                    if (memory.Channels == wanted)
                    {
                        return wrapped.Clone();
                    }

                    var converted = new Mat();
                    Cv2.CvtColor(wrapped, converted, wanted == 1 ? ColorConversionCodes.BGR2GRAY : ColorConversionCodes.GRAY2BGR);
                    return converted;
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
