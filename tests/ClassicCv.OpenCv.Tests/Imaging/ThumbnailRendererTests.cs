using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Imaging;

public sealed class ThumbnailRendererTests
{
    [Theory]
    [InlineData(3000, 2000, 96, 64)]
    [InlineData(20, 20, 96, 96)]
    [InlineData(100, 400, 24, 96)]
    public void Given_an_image_When_encoding_a_thumbnail_Then_its_longer_side_is_the_requested_size(int width, int height, int expectedWidth, int expectedHeight)
    {
        using var image = new Mat(height, width, MatType.CV_8UC3, new Scalar(10, 200, 30));
        var renderer = new ThumbnailRenderer(new ImageStreamer(1));

        var png = renderer.Encode(image);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4));
        using var decoded = Cv2.ImDecode(png, ImreadModes.Color);
        Assert.Equal((expectedWidth, expectedHeight), (decoded.Width, decoded.Height));
        Assert.Equal(new Vec3b(10, 200, 30), decoded.At<Vec3b>(decoded.Height / 2, decoded.Width / 2));
    }

    [Fact]
    public void Given_a_size_out_of_range_When_creating_Then_the_message_says_what_is_allowed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ThumbnailRenderer(new ImageStreamer(1), 4));

        Assert.Contains("from 8 to 1024", error.Message, StringComparison.Ordinal);
    }
}
