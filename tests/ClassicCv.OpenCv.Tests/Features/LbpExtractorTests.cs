using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class LbpExtractorTests
{
    private static IFeatureExtractor Fit(LbpOptions options, SyntheticDataset data) =>
        new LbpSpec(options).Fit(data.FitContext());

    [Fact]
    public void Given_a_constant_image_When_extracting_Then_each_cell_histogram_is_in_one_bin()
    {
        using var data = SyntheticDataset.Textures(2, 18, color: false, seed: 1);
        var extractor = Fit(new LbpOptions { Grid = 2 }, data);
        using var constant = Extract.Gray(18, 18, 90);

        var values = Extract.One(extractor, constant);

        Assert.Equal(4 * 59, values.Length);
        var allNeighboursAtLeastCentre = LbpExtractor.BinOf(255);
        for (var cell = 0; cell < 4; cell++)
        {
            Assert.Equal(1f, values[(cell * 59) + allNeighboursAtLeastCentre], 6);
        }

        Assert.Equal(4, values.Count(v => v > 0));
    }

    [Fact]
    public void Given_the_bin_table_When_counting_Then_58_uniform_codes_have_their_own_bins_and_198_share_the_last()
    {
        var bins = Enumerable.Range(0, 256).Select(LbpExtractor.BinOf).ToArray();

        Assert.Equal(Enumerable.Range(0, 58), bins.Where(b => b < 58).Order());
        Assert.Equal(198, bins.Count(b => b == 58));
        Assert.NotEqual(58, LbpExtractor.BinOf(0b0000_1111));
        Assert.Equal(58, LbpExtractor.BinOf(0b0101_0101));
    }

    [Fact]
    public void Given_a_vertical_edge_When_extracting_Then_the_edge_pixels_leave_the_flat_bin()
    {
        using var data = SyntheticDataset.Textures(2, 10, color: false, seed: 1);
        var extractor = Fit(new LbpOptions { Grid = 1 }, data);
        using var edge = Extract.Gray(10, 10, 0);
        using (var right = new Mat(edge, new Rect(5, 0, 5, 10)))
        {
            right.SetTo(new Scalar(200));
        }

        var values = Extract.One(extractor, edge);

        Assert.Equal(1f, values.Sum(), 5);
        Assert.Equal(7f / 8, values[LbpExtractor.BinOf(255)], 5);
        Assert.Equal(2, values.Count(v => v > 0));
    }

    public static TheoryData<LbpOptions, int, int> Given_settings_When_fitting_Then_the_length_is_grid_squared_times_59_cases => new()
    {
        { new LbpOptions(), 28, 4 * 4 * 59 },
        { new LbpOptions { Grid = 1 }, 28, 59 },
        { new LbpOptions { Grid = 3, Size = (20, 24) }, 28, 9 * 59 },
    };

    [Theory]
    [MemberData(nameof(Given_settings_When_fitting_Then_the_length_is_grid_squared_times_59_cases))]
    public void Given_settings_When_fitting_Then_the_length_is_grid_squared_times_59(LbpOptions options, int size, int length)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 1);

        Assert.Equal(length, Fit(options, data).Length);
    }

    [Fact]
    public void Given_the_same_image_When_extracting_twice_Then_the_vectors_are_identical()
    {
        using var data = SyntheticDataset.Textures(1, 16, color: false, seed: 2);
        var extractor = Fit(new LbpOptions { Grid = 2 }, data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);

        Assert.Equal(Extract.One(extractor, image), Extract.One(extractor, image));
    }

    [Fact]
    public void Given_a_grid_too_fine_for_the_image_When_fitting_Then_it_is_a_user_error()
    {
        using var data = SyntheticDataset.Textures(1, 6, color: false, seed: 1);

        var error = Assert.Throws<UserInputException>(() => Fit(new LbpOptions { Grid = 5 }, data));

        Assert.Contains("grid=5", error.Message, StringComparison.Ordinal);
    }
}
