using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class ColorHistogramExtractorTests
{
    private static IFeatureExtractor Fit(ColorHistogramOptions options, SyntheticDataset data) =>
        new ColorHistogramSpec(options).Fit(data.FitContext());

    private static SyntheticDataset ColourData()
    {
        using var red = Extract.Solid(8, 8, new Scalar(0, 0, 255));
        using var blue = Extract.Solid(8, 8, new Scalar(255, 0, 0));
        return SyntheticDataset.Of([red, blue]);
    }

    [Fact]
    public void Given_a_pure_red_image_When_extracting_hsv_histogram_Then_one_bin_is_full()
    {
        using var data = ColourData();
        var extractor = Fit(new ColorHistogramOptions(), data);
        using var red = Extract.Solid(8, 8, new Scalar(0, 0, 255));

        var values = Extract.One(extractor, red);

        Assert.Equal(512, values.Length);
        var hueBin = 0;
        var saturationBin = 7;
        var valueBin = 7;
        Assert.Equal(1f, values[(((hueBin * 8) + saturationBin) * 8) + valueBin], 6);
        Assert.Equal(1f, values.Sum(), 5);
        Assert.Single(values, v => v > 0);
    }

    [Fact]
    public void Given_a_pure_red_image_When_extracting_rgb_histogram_Then_the_top_red_bin_is_full()
    {
        using var data = ColourData();
        var extractor = Fit(new ColorHistogramOptions { Space = ColorSpace.Rgb, Bins = 4 }, data);
        using var red = Extract.Solid(8, 8, new Scalar(0, 0, 255));

        var values = Extract.One(extractor, red);

        Assert.Equal(64, values.Length);
        Assert.Equal(1f, values[3 * 16], 6);
    }

    [Fact]
    public void Given_a_grid_When_the_left_half_is_red_and_the_right_half_blue_Then_each_cell_counts_its_own_colour()
    {
        using var data = ColourData();
        var extractor = Fit(new ColorHistogramOptions { Space = ColorSpace.Rgb, Bins = 2, Grid = 2 }, data);
        using var image = Extract.Solid(8, 8, new Scalar(0, 0, 255));
        using (var right = new Mat(image, new Rect(4, 0, 4, 8)))
        {
            right.SetTo(new Scalar(255, 0, 0));
        }

        var values = Extract.One(extractor, image);

        Assert.Equal(4 * 8, values.Length);
        var redBin = 1 * 4;
        var blueBin = 1;
        Assert.Equal(1f, values[(0 * 8) + redBin], 6);
        Assert.Equal(1f, values[(1 * 8) + blueBin], 6);
        Assert.Equal(1f, values[(2 * 8) + redBin], 6);
        Assert.Equal(1f, values[(3 * 8) + blueBin], 6);
    }

    public static TheoryData<ColorHistogramOptions, int> Given_settings_When_fitting_on_colour_images_Then_the_length_is_grid_squared_times_bins_cubed_cases => new()
    {
        { new ColorHistogramOptions(), 512 },
        { new ColorHistogramOptions { Bins = 4 }, 64 },
        { new ColorHistogramOptions { Bins = 4, Grid = 3 }, 576 },
        { new ColorHistogramOptions { Space = ColorSpace.Lab, Bins = 2, Grid = 2 }, 32 },
    };

    [Theory]
    [MemberData(nameof(Given_settings_When_fitting_on_colour_images_Then_the_length_is_grid_squared_times_bins_cubed_cases))]
    public void Given_settings_When_fitting_on_colour_images_Then_the_length_is_grid_squared_times_bins_cubed(ColorHistogramOptions options, int length)
    {
        using var data = ColourData();

        Assert.Equal(length, Fit(options, data).Length);
    }

    [Fact]
    public void Given_grayscale_training_images_When_fitting_Then_it_counts_an_intensity_histogram_and_says_so()
    {
        using var black = Extract.Gray(8, 8, 0);
        using var white = Extract.Gray(8, 8, 255);
        using var data = SyntheticDataset.Of([black, white]);
        var extractor = Fit(new ColorHistogramOptions { Bins = 8 }, data);

        var values = Extract.One(extractor, white);

        Assert.Equal(32, extractor.Length);
        Assert.Contains("intensity histogram", Assert.Single(extractor.Notes), StringComparison.Ordinal);
        Assert.Equal(1f, values[31], 6);
    }

    [Fact]
    public void Given_the_same_image_When_extracting_twice_Then_the_vectors_are_identical()
    {
        using var data = SyntheticDataset.Textures(2, 16, color: true, seed: 3);
        var extractor = Fit(new ColorHistogramOptions { Grid = 2 }, data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png");

        Assert.Equal(Extract.One(extractor, image), Extract.One(extractor, image));
    }

    [Fact]
    public void Given_a_grid_finer_than_the_image_When_fitting_Then_it_is_a_user_error()
    {
        using var data = ColourData();

        var error = Assert.Throws<UserInputException>(() => Fit(new ColorHistogramOptions { Grid = 9 }, data));

        Assert.Contains("grid=9", error.Message, StringComparison.Ordinal);
    }
}
