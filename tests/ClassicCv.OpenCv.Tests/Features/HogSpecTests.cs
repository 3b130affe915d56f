using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class HogSpecTests
{
    private static IFeatureExtractor Fit(HogOptions options, SyntheticDataset data) =>
        new HogSpec(options).Fit(data.FitContext());

    public static TheoryData<HogOptions, int, int> Given_a_geometry_When_fitting_Then_the_descriptor_length_matches_opencv_cases => new()
    {
        { new HogOptions { Cell = 4, Block = 2, Stride = 1 }, 28, 1296 },
        { new HogOptions { Cell = 4, Block = 1, Stride = 1 }, 28, 441 },
        { new HogOptions { Cell = 8, Block = 2, Stride = 1 }, 64, 1764 },
        { new HogOptions { Cell = 8, Block = 3, Stride = 1 }, 64, 6 * 6 * 9 * 9 },
        { new HogOptions { Cell = 5, Block = 2, Stride = 1 }, 20, 324 },
        { HogOptions.OpenCvPreset, 64, 1764 },
        { HogOptions.ScikitImagePreset, 64, 6 * 6 * 9 * 9 },
        { HogOptions.ScikitImagePreset with { Block = 2 }, 64, 1764 },
        { HogOptions.OpenCvPreset, 32, 324 },
    };

    [Theory]
    [MemberData(nameof(Given_a_geometry_When_fitting_Then_the_descriptor_length_matches_opencv_cases))]
    public void Given_a_geometry_When_fitting_Then_the_descriptor_length_matches_opencv(HogOptions options, int size, int length)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 1);

        Assert.Equal(length, Fit(options, data).Length);
    }

    [Fact]
    public void Given_an_odd_image_size_When_fitting_Then_the_window_is_fitted_and_the_reason_told()
    {
        using var data = SyntheticDataset.Textures(1, 29, color: false, seed: 1);
        var extractor = Fit(new HogOptions { Cell = 4, Block = 2, Stride = 1 }, data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);

        var values = Extract.One(extractor, image);

        Assert.Equal(1296, values.Length);
        Assert.Contains("28×28 window", Assert.Single(extractor.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_vertical_edge_When_extracting_unsigned_hog_Then_the_energy_is_in_the_horizontal_gradient_bin()
    {
        using var data = SyntheticDataset.Textures(1, 16, color: false, seed: 1);
        var extractor = Fit(new HogOptions { Cell = 8, Block = 1, Stride = 1, Bins = 9 }, data);
        using var edge = Extract.Gray(16, 16, 0);
        using (var right = new Mat(edge, new Rect(4, 0, 12, 16)))
        {
            right.SetTo(new Scalar(255));
        }

        var values = Extract.One(extractor, edge);

        var perBin = Enumerable.Range(0, 9).Select(bin => Enumerable.Range(0, values.Length / 9).Sum(cell => values[(cell * 9) + bin])).ToArray();
        // OpenCV interpolates between bin centres (10°, 30°, …), so a 0° gradient splits evenly between bins 0 and 8.
        Assert.True(perBin[0] + perBin[8] > 0.99 * perBin.Sum(), $"bins 0 and 8 hold {perBin[0] + perBin[8]} of {perBin.Sum()}");
        Assert.Equal(perBin[0], perBin[8], 3);
    }

    [Theory]
    [InlineData(28, 28)]
    [InlineData(29, 28)]
    public void Given_an_image_When_extracting_Then_the_vector_equals_opencv_hog_descriptor_compute_on_the_window(int size, int window)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 6);
        var extractor = Fit(new HogOptions { Cell = 4, Block = 2, Stride = 1 }, data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);
        using var descriptor = new HOGDescriptor(new Size(window, window), new Size(8, 8), new Size(4, 4), new Size(4, 4), 9);
        using var roi = new Mat(image, new Rect((size - window) / 2, (size - window) / 2, window, window));
        using var crop = roi.Clone();

        Assert.Equal(descriptor.Compute(crop), Extract.One(extractor, image));
    }

    [Fact]
    public void Given_the_same_image_When_extracting_twice_Then_the_vectors_are_identical()
    {
        using var data = SyntheticDataset.Textures(1, 28, color: false, seed: 5);
        var extractor = Fit(new HogOptions { Cell = 4 }, data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);

        Assert.Equal(Extract.One(extractor, image), Extract.One(extractor, image));
    }

    public static TheoryData<HogOptions, string> Given_an_impossible_geometry_When_fitting_Then_it_is_a_user_error_cases => new()
    {
        { new HogOptions { Cell = 4, Block = 1, Stride = 2 }, "stride=2" },
        { new HogOptions { Cell = 16, Block = 2 }, "at least 32×32" },
    };

    [Theory]
    [MemberData(nameof(Given_an_impossible_geometry_When_fitting_Then_it_is_a_user_error_cases))]
    public void Given_an_impossible_geometry_When_fitting_Then_it_is_a_user_error(HogOptions options, string expected)
    {
        using var data = SyntheticDataset.Textures(1, 28, color: false, seed: 1);

        var error = Assert.Throws<UserInputException>(() => Fit(options, data));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
