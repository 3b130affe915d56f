using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class HogExtractorTests
{
    private static readonly ImageDataset NoData = new("none", "", "", ["a"], [], [], "");

    internal static IFeatureExtractor Fit(IFeatureExtractorSpec spec, int width, int height) =>
        spec.Fit(new FeatureFitContext(NoData, [], width, height, 42, new ImageStreamer(1)));

    private static IFeatureExtractor Hog(HogOptions options, int width = 20, int height = 20) =>
        Fit(new HogSpec(options), width, height);

    public static TheoryData<HogOptions, int, int, int> Given_a_geometry_When_fitting_Then_the_descriptor_length_is_reported_cases => new()
    {
        { new HogOptions(), 20, 20, 576 },
        { new HogOptions { Cell = 5 }, 20, 20, 324 },
        { new HogOptions { Cell = 4, Block = 2, Stride = 1 }, 28, 28, 1296 },
        { new HogOptions { Cell = 4, Block = 1 }, 28, 28, 441 },
        { new HogOptions { Cell = 8, Block = 2, Bins = 12 }, 64, 64, 49 * 48 },
        { new HogOptions { Cell = 8, Block = 3, Stride = 1 }, 64, 64, 36 * 81 },
    };

    [Theory]
    [MemberData(nameof(Given_a_geometry_When_fitting_Then_the_descriptor_length_is_reported_cases))]
    public void Given_a_geometry_When_fitting_Then_the_descriptor_length_is_reported(HogOptions options, int width, int height, int length)
    {
        Assert.Equal(length, Hog(options, width, height).Length);
    }

    [Theory]
    [InlineData(true, new[] { 0, 8 })]
    [InlineData(false, new[] { 4 })]
    public void Given_an_edge_When_extracting_Then_the_energy_is_in_the_bins_of_its_gradient_direction(bool vertical, int[] bins)
    {
        // Unsigned 9-bin HOG: bin b is centred on 20b + 10 degrees and OpenCV interpolates between neighbouring centres,
        // so a horizontal gradient (0°, a vertical edge) splits evenly between bins 0 and 8, and a vertical one (90°) falls in bin 4.
        var extractor = Hog(new HogOptions { Cell = 8, Block = 1, Bins = 9 }, 16, 16);
        using var image = new Mat(16, 16, MatType.CV_8UC1, Scalar.All(0));
        image[vertical ? new Rect(8, 0, 8, 16) : new Rect(0, 8, 16, 8)].SetTo(Scalar.All(255));
        var features = new float[extractor.Length];

        using (var worker = extractor.CreateWorker())
        {
            worker.Extract(image, features);
        }

        var perBin = Enumerable.Range(0, 9).Select(bin => Enumerable.Range(0, 4).Sum(cell => features[(cell * 9) + bin])).ToArray();
        var inExpected = bins.Sum(bin => perBin[bin]);
        Assert.True(inExpected > 0.95 * perBin.Sum(), $"bins {string.Join(",", bins)} hold {inExpected} of {perBin.Sum()}");
        Assert.All(bins, bin => Assert.Equal(inExpected / bins.Length, perBin[bin], 1e-4));
    }

    [Fact]
    public void Given_the_same_image_When_extracting_twice_Then_the_features_are_identical()
    {
        var extractor = Hog(new HogOptions(), 24, 24);
        using var image = ClassicCv.TestSupport.SyntheticImages.Bar(24, 30, new Random(3));
        var first = new float[extractor.Length];
        var second = new float[extractor.Length];

        using (var worker = extractor.CreateWorker())
        {
            worker.Extract(image, first);
        }

        using (var worker = extractor.CreateWorker())
        {
            worker.Extract(image, second);
        }

        Assert.Equal(first, second);
        Assert.Contains(first, v => v > 0);
    }

    [Fact]
    public void Given_an_odd_image_size_When_fitting_Then_the_window_is_fitted_and_the_reason_told()
    {
        var extractor = Hog(new HogOptions { Cell = 4 }, 23, 21);
        using var image = new Mat(21, 23, MatType.CV_8UC1, Scalar.All(90));
        var features = new float[extractor.Length];

        using (var worker = extractor.CreateWorker())
        {
            worker.Extract(image, features);
        }

        Assert.Equal(4 * 4 * 36, extractor.Length);
        Assert.Contains("centred 20×20 window", Assert.Single(extractor.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_images_larger_than_64_px_When_fitting_with_defaults_Then_they_are_resized_to_64()
    {
        var extractor = Hog(new HogOptions(), 300, 200);

        Assert.Contains("size=64x64", extractor.Settings, StringComparison.Ordinal);
        Assert.Contains("cell=8", extractor.Settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_images_smaller_than_a_block_When_fitting_Then_the_error_suggests_a_fix()
    {
        var error = Assert.Throws<UserInputException>(() => Hog(new HogOptions { Cell = 8, Block = 2 }, 12, 12));
        Assert.Contains("at least 16×16 px", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_stride_larger_than_the_block_When_fitting_Then_it_is_rejected()
    {
        var error = Assert.Throws<UserInputException>(() => Hog(new HogOptions { Block = 1, Stride = 2 }));
        Assert.Contains("expected stride ≤ block", error.Message, StringComparison.Ordinal);
    }
}
