using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.TestSupport;

namespace ClassicCv.OpenCv.Tests.Features;

public sealed class RawPixelsSpecTests
{
    private static IFeatureExtractor Fit(string text, SyntheticDataset data) =>
        new RawPixelsSpec(ComponentSpec.Parse(text, "feature")).Fit(data.FitContext());

    [Theory]
    [InlineData("raw", 16, 256)]
    [InlineData("raw", 40, 32 * 32)]
    [InlineData("raw[size=8x4]", 16, 32)]
    [InlineData("raw[size=8,color=true]", 16, 8 * 8 * 3)]
    public void Given_settings_When_fitting_Then_the_length_is_width_times_height_times_channels(string text, int size, int length)
    {
        using var data = SyntheticDataset.Textures(1, size, color: false, seed: 1);

        Assert.Equal(length, Fit(text, data).Length);
    }

    [Fact]
    public void Given_a_constant_image_When_extracting_Then_every_value_is_the_intensity_over_255()
    {
        using var data = SyntheticDataset.Textures(1, 4, color: false, seed: 1);
        var extractor = Fit("raw", data);
        using var image = Extract.Gray(4, 4, 51);

        Assert.All(Extract.One(extractor, image), value => Assert.Equal(0.2f, value, 6));
        Assert.Equal(ImageReadMode.Grayscale, extractor.Mode);
    }

    [Theory]
    [InlineData("raw[size=0]", "size=0")]
    [InlineData("raw[size=4097x2]", "size=4097x2")]
    [InlineData("raw[color=rgb]", "color=rgb")]
    [InlineData("raw[scale=1]", "valid parameters: size, color")]
    public void Given_a_bad_parameter_When_parsing_Then_the_message_names_it(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => new RawPixelsSpec(ComponentSpec.Parse(text, "feature")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
