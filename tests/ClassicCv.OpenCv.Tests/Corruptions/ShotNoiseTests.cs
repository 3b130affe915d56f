using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class ShotNoiseTests
{
    [Fact]
    public void Given_a_flat_image_at_a_fifth_of_the_range_When_adding_shot_noise_Then_the_spread_is_that_of_Poisson_counts()
    {
        // x = 51/255 = 0.2, λ = 500 at severity 1: Poisson(100) / 500 has mean 0.2 and standard deviation 10 / 500 = 0.02.
        using var image = CorruptionPixels.Constant(64, 51);

        using var noisy = new ShotNoise().Apply(image, 1, new Random(4));

        var (mean, std) = CorruptionPixels.Moments(CorruptionPixels.Bytes(noisy));
        Assert.InRange(mean, 50.5, 51.5);
        Assert.InRange(std, 0.02 * 255 * 0.93, 0.02 * 255 * 1.07);
    }

    [Fact]
    public void Given_black_pixels_When_adding_shot_noise_Then_they_stay_black()
    {
        using var image = CorruptionPixels.Constant(8, 0);

        using var noisy = new ShotNoise().Apply(image, 5, new Random(4));

        Assert.All(CorruptionPixels.Bytes(noisy), b => Assert.Equal(0, b));
    }
}
