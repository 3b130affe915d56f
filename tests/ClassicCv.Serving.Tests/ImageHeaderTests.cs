using OpenCvSharp;

namespace ClassicCv.Serving.Tests;

public sealed class ImageHeaderTests
{
    [Theory]
    [InlineData(".png", "png")]
    [InlineData(".jpg", "jpeg")]
    [InlineData(".bmp", "bmp")]
    [InlineData(".webp", "webp")]
    [InlineData(".tiff", "tiff")]
    [InlineData(".pgm", "pnm")]
    public void Given_an_image_encoded_by_OpenCV_When_reading_its_header_Then_format_and_size_are_the_image_s(string extension, string format)
    {
        using var image = new Mat(23, 37, MatType.CV_8UC1, Scalar.All(90));
        var bytes = image.ImEncode(extension);

        var header = ImageHeader.Read(bytes);

        Assert.Equal(new ImageHeader(format, 37, 23), header);
        Assert.Equal(37 * 23, header!.Pixels);
    }

    [Fact]
    public void Given_bytes_that_are_no_image_or_a_header_cut_short_When_reading_Then_there_is_no_header()
    {
        using var image = new Mat(8, 8, MatType.CV_8UC1, Scalar.All(0));
        var png = image.ImEncode(".png");

        Assert.Null(ImageHeader.Read("hello, world"u8));
        Assert.Null(ImageHeader.Read([]));
        Assert.Null(ImageHeader.Read(png.AsSpan(0, 20)));
        Assert.Null(ImageHeader.Read(image.ImEncode(".jpg").AsSpan(0, 10)));
    }

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("IMAGE/JPEG", true)]
    [InlineData("image/jpg", true)]
    [InlineData("image/gif", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData(null, false)]
    public void Given_a_media_type_When_asking_whether_it_is_served_Then_only_the_readable_image_types_are(string? mediaType, bool supported) =>
        Assert.Equal(supported, ImageHeader.IsSupported(mediaType));
}
