using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class SiftBovwExtractorTests : IDisposable
{
    private readonly SyntheticDataset _data = SyntheticDataset.Textures(24, 32, color: false, seed: 11);

    public void Dispose() => _data.Dispose();

    private SiftBovwExtractor Fit(SiftBovwOptions options, int seed = 7) =>
        (SiftBovwExtractor)new SiftBovwSpec(options).Fit(_data.FitContext(seed));

    private Mat First() => Cv2.ImRead(_data.Folder + "/0000.png", ImreadModes.Grayscale);

    public static TheoryData<SiftBovwOptions, int> Given_settings_When_fitting_Then_the_length_is_k_or_five_k_with_the_pyramid_cases => new()
    {
        { new SiftBovwOptions { Words = 8, Sample = 1000 }, 8 },
        { new SiftBovwOptions { Words = 8, Sample = 1000, Pyramid = true }, 40 },
        { new SiftBovwOptions { Words = 16, Sample = 1000, Scales = 2 }, 16 },
    };

    [Theory]
    [MemberData(nameof(Given_settings_When_fitting_Then_the_length_is_k_or_five_k_with_the_pyramid_cases))]
    public void Given_settings_When_fitting_Then_the_length_is_k_or_five_k_with_the_pyramid(SiftBovwOptions options, int length)
    {
        Assert.Equal(length, Fit(options).Length);
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
        var first = Fit(new SiftBovwOptions { Words = 8, Sample = 1000 });
        var second = Fit(new SiftBovwOptions { Words = 8, Sample = 1000 });
        using var image = First();

        Assert.Equal(first.Codebook.Digest, second.Codebook.Digest);
        Assert.Equal(first.Settings, second.Settings);
        Assert.Equal(Extract.One(first, image), Extract.One(second, image));
    }

    [Fact]
    public void Given_another_seed_When_fitting_Then_the_settings_differ()
    {
        Assert.NotEqual(Fit(new SiftBovwOptions { Words = 8, Sample = 1000 }, seed: 1).Settings, Fit(new SiftBovwOptions { Words = 8, Sample = 1000 }, seed: 2).Settings);
    }

    public static TheoryData<SiftBovwOptions> Given_an_image_When_extracting_Then_the_vector_is_non_negative_with_unit_length_cases => new()
    {
        { new SiftBovwOptions { Words = 8, Sample = 1000 } },
        { new SiftBovwOptions { Words = 8, Sample = 1000, Assignment = BovwAssignment.Soft, Pyramid = true } },
    };

    [Theory]
    [MemberData(nameof(Given_an_image_When_extracting_Then_the_vector_is_non_negative_with_unit_length_cases))]
    public void Given_an_image_When_extracting_Then_the_vector_is_non_negative_with_unit_length(SiftBovwOptions options)
    {
        var extractor = Fit(options);
        using var image = First();

        var values = Extract.One(extractor, image);

        Assert.All(values, value => Assert.True(value >= 0));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Given_soft_assignment_When_extracting_Then_more_words_get_votes_than_with_hard_assignment()
    {
        using var image = First();

        var hard = Extract.One(Fit(new SiftBovwOptions { Words = 16, Sample = 1000 }), image);
        var soft = Extract.One(Fit(new SiftBovwOptions { Words = 16, Sample = 1000, Assignment = BovwAssignment.Soft }), image);

        Assert.True(soft.Count(v => v > 0) > hard.Count(v => v > 0));
    }

    [Fact]
    public void Given_a_blank_image_When_extracting_with_detected_keypoints_Then_the_vector_is_zero_not_an_error()
    {
        var detecting = Fit(new SiftBovwOptions { Words = 4, Sample = 1000, Detect = true });
        using var blank = Extract.Gray(32, 32, 128);

        Assert.All(Extract.One(detecting, blank), value => Assert.Equal(0f, value));
    }

    public static TheoryData<SiftBovwOptions, string> Given_settings_the_data_cannot_support_When_fitting_Then_it_is_a_user_error_cases => new()
    {
        { new SiftBovwOptions { Patch = 64, Sample = 1000 }, "patch=64" },
        { new SiftBovwOptions { Words = 4096, Sample = 1000 }, "k=4096" },
    };

    [Theory]
    [MemberData(nameof(Given_settings_the_data_cannot_support_When_fitting_Then_it_is_a_user_error_cases))]
    public void Given_settings_the_data_cannot_support_When_fitting_Then_it_is_a_user_error(SiftBovwOptions options, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Fit(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
