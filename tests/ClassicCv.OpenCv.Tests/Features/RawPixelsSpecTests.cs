using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class RawPixelsSpecTests
{
    private static IFeatureExtractor Fit(RawPixelsOptions options, SyntheticDataset data) =>
        new RawPixelsSpec(options).Fit(data.FitContext());

    public static TheoryData<RawPixelsOptions, int, int> Given_settings_When_fitting_Then_the_length_is_width_times_height_times_channels_cases => new()
    {
        { new RawPixelsOptions(), 16, 256 },
        { new RawPixelsOptions(), 40, 32 * 32 },
        { new RawPixelsOptions { Size = (8, 4) }, 16, 32 },
        { new RawPixelsOptions { Size = (8, 8), Color = true }, 16, 8 * 8 * 3 },
    };

    [Theory]
    [MemberData(nameof(Given_settings_When_fitting_Then_the_length_is_width_times_height_times_channels_cases))]
    public void Given_settings_When_fitting_Then_the_length_is_width_times_height_times_channels(RawPixelsOptions options, int size, int length)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 1);

        Assert.Equal(length, Fit(options, data).Length);
    }

    [Fact]
    public void Given_a_constant_image_When_extracting_Then_every_value_is_the_intensity_over_255()
    {
        using var data = SyntheticDataset.Textures(1, 4, color: false, seed: 1);
        var extractor = Fit(new RawPixelsOptions(), data);
        using var image = Extract.Gray(4, 4, 51);

        Assert.All(Extract.One(extractor, image), value => Assert.Equal(0.2f, value, 6));
        Assert.Equal(ImageReadMode.Grayscale, extractor.Mode);
    }
}
