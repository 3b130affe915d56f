using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class HogSpecTests
{
    private static IFeatureExtractor Fit(string text, SyntheticDataset data) =>
        new HogSpec(ComponentSpec.Parse(text, "feature")).Fit(data.FitContext());

    [Theory]
    [InlineData("hog[cell=4,block=2,stride=1]", 28, 1296)]
    [InlineData("hog[cell=4,block=1,stride=1]", 28, 441)]
    [InlineData("hog[cell=8,block=2,stride=1]", 64, 1764)]
    [InlineData("hog[cell=8,block=3,stride=1]", 64, 6 * 6 * 9 * 9)]
    [InlineData("hog[cell=5,block=2,stride=1]", 20, 324)]
    [InlineData("hog[preset=opencv]", 64, 1764)]
    [InlineData("hog[preset=skimage]", 64, 6 * 6 * 9 * 9)]
    [InlineData("hog[preset=skimage,block=2]", 64, 1764)]
    [InlineData("hog[preset=opencv]", 32, 324)]
    public void Given_a_geometry_When_fitting_Then_the_descriptor_length_matches_opencv(string text, int size, int length)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 1);

        Assert.Equal(length, Fit(text, data).Length);
    }

    [Fact]
    public void Given_an_odd_image_size_When_fitting_Then_the_window_is_fitted_and_the_reason_told()
    {
        using var data = SyntheticDataset.Textures(1, 29, color: false, seed: 1);
        var extractor = Fit("hog[cell=4,block=2,stride=1]", data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);

        var values = Extract.One(extractor, image);

        Assert.Equal(1296, values.Length);
        Assert.Contains("28×28 window", Assert.Single(extractor.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_vertical_edge_When_extracting_unsigned_hog_Then_the_energy_is_in_the_horizontal_gradient_bin()
    {
        using var data = SyntheticDataset.Textures(1, 16, color: false, seed: 1);
        var extractor = Fit("hog[cell=8,block=1,stride=1,bins=9]", data);
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
        var extractor = Fit("hog[cell=4,block=2,stride=1]", data);
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
        var extractor = Fit("hog[cell=4]", data);
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Grayscale);

        Assert.Equal(Extract.One(extractor, image), Extract.One(extractor, image));
    }

    [Theory]
    [InlineData("hog[cell=1]", "cell=1")]
    [InlineData("hog[block=0]", "block=0")]
    [InlineData("hog[bins=1]", "bins=1")]
    [InlineData("hog[signed=maybe]", "signed=maybe")]
    [InlineData("hog[size=axb]", "size=axb")]
    [InlineData("hog[orientations=9]", "valid parameters: cell, block, stride, bins, signed, size, preset")]
    [InlineData("hog[preset=dalal]", "preset=dalal")]
    public void Given_a_bad_parameter_When_parsing_Then_the_message_names_it(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => new HogSpec(ComponentSpec.Parse(text, "feature")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hog[cell=4,block=1,stride=2]", "stride=2")]
    [InlineData("hog[cell=16,block=2]", "at least 32×32")]
    public void Given_an_impossible_geometry_When_fitting_Then_it_is_a_user_error(string text, string expected)
    {
        using var data = SyntheticDataset.Textures(1, 28, color: false, seed: 1);

        var error = Assert.Throws<UserInputException>(() => Fit(text, data));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
