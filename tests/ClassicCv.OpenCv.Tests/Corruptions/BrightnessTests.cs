using ClassicCv.OpenCv.Corruptions;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class BrightnessTests
{
    [Fact]
    public void Given_a_grey_and_a_colour_pixel_When_brightening_Then_V_gains_the_table_shift_and_hue_is_kept()
    {
        // Severity 1 on a small image: c = 0.05, i.e. 12.75 levels.
        using var grey = CorruptionPixels.Constant(4, 100);
        using var colour = new Mat(4, 4, MatType.CV_8UC3, new Scalar(50, 100, 200));

        using var brighterGrey = new Brightness().Apply(grey, 1, new Random(0));
        using var brighterColour = new Brightness().Apply(colour, 1, new Random(0));

        Assert.Equal(113, brighterGrey.At<byte>(0, 0));                                  // 100 + 12.75
        var pixel = brighterColour.At<Vec3b>(2, 2);
        Assert.Equal((53, 106, 213), (pixel.Item0, pixel.Item1, pixel.Item2));          // × 212.75 / 200
    }

    [Fact]
    public void Given_white_pixels_When_brightening_Then_they_stay_white()
    {
        using var white = CorruptionPixels.Constant(4, 255, channels: 3);

        using var brighter = new Brightness().Apply(white, 5, new Random(0));

        Assert.All(CorruptionPixels.Bytes(brighter), b => Assert.Equal(255, b));
    }
}
