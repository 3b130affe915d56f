using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class RawPixelsExtractorTests
{
    [Fact]
    public void Given_a_small_image_When_extracting_Then_pixels_are_flattened_row_major_and_scaled()
    {
        var extractor = HogExtractorTests.Fit(new RawPixelsSpec(), 2, 2);
        using var image = Mat.FromPixelData(2, 2, MatType.CV_8UC1, new byte[] { 0, 51, 102, 255 });
        var features = new float[extractor.Length];

        using (var worker = extractor.CreateWorker())
        {
            worker.Extract(image, features);
        }

        Assert.Equal([0f, 0.2f, 0.4f, 1f], features);
    }

    [Fact]
    public void Given_colour_and_a_size_When_fitting_Then_the_length_counts_three_channels()
    {
        var extractor = HogExtractorTests.Fit(new RawPixelsSpec(new RawPixelsOptions { Size = (8, 4), Color = true }), 100, 100);

        Assert.Equal(8 * 4 * 3, extractor.Length);
        Assert.Equal(ClassicCv.OpenCv.Imaging.ImageReadMode.Color, extractor.Mode);
    }

    [Fact]
    public void Given_large_images_When_fitting_with_defaults_Then_they_are_resized_to_32()
    {
        var extractor = HogExtractorTests.Fit(new RawPixelsSpec(), 200, 100);

        Assert.Equal(32 * 32, extractor.Length);
    }
}
