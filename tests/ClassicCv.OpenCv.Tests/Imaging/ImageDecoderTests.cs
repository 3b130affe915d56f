using ClassicCv.Datasets;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Imaging;

/// <summary>Whatever is wrong with one image is a reason for that image, never an exception that stops the others.</summary>
public sealed class ImageDecoderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_png_claiming_more_pixels_than_opencv_allows_When_decoding_Then_it_is_a_reason_naming_the_limit()
    {
        var path = _temp.File("bomb.png");
        HostileImages.WritePngClaiming(path, 100_000, 100_000);
        using var decoder = new ImageDecoder();

        using var image = decoder.TryDecode(new FileImageLocation(path), ImageReadMode.Grayscale, null, out var reason);

        Assert.Null(image);
        Assert.StartsWith("could not be decoded (", reason, StringComparison.Ordinal);
        Assert.Contains("CV_IO_MAX_IMAGE_PIXELS", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_grid_cell_outside_its_sheet_When_decoding_Then_the_reason_names_row_column_and_pixels_not_a_record()
    {
        var sheet = _temp.File("sheet.png");
        using (var pixels = new Mat(20, 20, MatType.CV_8UC1, Scalar.All(10)))
        {
            Cv2.ImWrite(sheet, pixels);
        }

        using var decoder = new ImageDecoder();

        using var image = decoder.TryDecode(new GridCellLocation(sheet, 3, 1, 10, 10), ImageReadMode.Grayscale, null, out var reason);

        Assert.Null(image);
        Assert.Equal("lies outside the 20×20 px sheet: cell (row 3, column 1) covers x 10..19, y 30..39", reason);
    }
}
