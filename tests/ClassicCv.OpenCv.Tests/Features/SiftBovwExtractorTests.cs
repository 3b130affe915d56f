using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class SiftBovwExtractorTests : IDisposable
{
    private readonly SyntheticDataset _data = SyntheticDataset.Textures(24, 32, color: false, seed: 11);

    public void Dispose() => _data.Dispose();

    private SiftBovwExtractor Fit(string text, int seed = 7) =>
        (SiftBovwExtractor)new SiftBovwSpec(ComponentSpec.Parse(text, "feature")).Fit(_data.FitContext(seed));

    private Mat First() => Cv2.ImRead(_data.Folder + "/0000.png", ImreadModes.Grayscale);

    [Theory]
    [InlineData("sift-bovw[k=8,sample=1000]", 8)]
    [InlineData("sift-bovw[k=8,sample=1000,pyramid=true]", 40)]
    [InlineData("sift-bovw[k=16,sample=1000,scales=2]", 16)]
    public void Given_settings_When_fitting_Then_the_length_is_k_or_five_k_with_the_pyramid(string text, int length)
    {
        Assert.Equal(length, Fit(text).Length);
    }

    [Fact]
    public void Given_a_32_px_image_When_building_the_dense_grid_Then_whole_patches_lie_every_step_pixels()
    {
        var grid = DenseGrid.Build(32, 32, 4, 8, 2);

        Assert.Equal((7 * 7) + (5 * 5), grid.Count);
        Assert.All(grid, point => Assert.InRange(point.Pt.X - (point.Size * DenseGrid.PatchPerKeypointSize / 2), 0, 32 - (point.Size * DenseGrid.PatchPerKeypointSize)));
        Assert.All(grid, point => Assert.Equal(0, point.Angle));
    }

    [Fact]
    public void Given_the_same_seed_When_fitting_twice_Then_the_codebook_and_vectors_are_identical()
    {
        var first = Fit("sift-bovw[k=8,sample=1000]");
        var second = Fit("sift-bovw[k=8,sample=1000]");
        using var image = First();

        Assert.Equal(first.Codebook.Digest, second.Codebook.Digest);
        Assert.Equal(first.Settings, second.Settings);
        Assert.Equal(Extract.One(first, image), Extract.One(second, image));
    }

    [Fact]
    public void Given_another_seed_When_fitting_Then_the_settings_differ()
    {
        Assert.NotEqual(Fit("sift-bovw[k=8,sample=1000]", seed: 1).Settings, Fit("sift-bovw[k=8,sample=1000]", seed: 2).Settings);
    }

    [Theory]
    [InlineData("sift-bovw[k=8,sample=1000]")]
    [InlineData("sift-bovw[k=8,sample=1000,assign=soft,pyramid=true]")]
    public void Given_an_image_When_extracting_Then_the_vector_is_non_negative_with_unit_length(string text)
    {
        var extractor = Fit(text);
        using var image = First();

        var values = Extract.One(extractor, image);

        Assert.All(values, value => Assert.True(value >= 0));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Given_soft_assignment_When_extracting_Then_more_words_get_votes_than_with_hard_assignment()
    {
        using var image = First();

        var hard = Extract.One(Fit("sift-bovw[k=16,sample=1000]"), image);
        var soft = Extract.One(Fit("sift-bovw[k=16,sample=1000,assign=soft]"), image);

        Assert.True(soft.Count(v => v > 0) > hard.Count(v => v > 0));
    }

    [Fact]
    public void Given_a_blank_image_When_extracting_with_detected_keypoints_Then_the_vector_is_zero_not_an_error()
    {
        var detecting = Fit("sift-bovw[k=4,sample=1000,detect=true]");
        using var blank = Extract.Gray(32, 32, 128);

        Assert.All(Extract.One(detecting, blank), value => Assert.Equal(0f, value));
    }

    [Theory]
    [InlineData("sift-bovw[k=1]", "k=1")]
    [InlineData("sift-bovw[step=0]", "step=0")]
    [InlineData("sift-bovw[patch=2]", "patch=2")]
    [InlineData("sift-bovw[scales=5]", "scales=5")]
    [InlineData("sift-bovw[assign=fuzzy]", "assign=fuzzy")]
    [InlineData("sift-bovw[pyramid=maybe]", "pyramid=maybe")]
    [InlineData("sift-bovw[sample=10]", "sample=10")]
    [InlineData("sift-bovw[words=8]", "valid parameters: k, step, patch, scales, detect, assign, pyramid, sample, size")]
    public void Given_a_bad_parameter_When_parsing_Then_the_message_names_it(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => new SiftBovwSpec(ComponentSpec.Parse(text, "feature")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sift-bovw[patch=64,sample=1000]", "patch=64")]
    [InlineData("sift-bovw[k=4096,sample=1000]", "k=4096")]
    public void Given_settings_the_data_cannot_support_When_fitting_Then_it_is_a_user_error(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Fit(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
