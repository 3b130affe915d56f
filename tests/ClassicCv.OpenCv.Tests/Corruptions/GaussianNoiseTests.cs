using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class GaussianNoiseTests
{
    [Theory]
    [InlineData(64, 1, 0.04)]
    [InlineData(64, 5, 0.10)]
    [InlineData(96, 1, 0.08)]
    [InlineData(96, 3, 0.18)]
    public void Given_a_flat_grey_image_When_adding_noise_Then_the_pixels_keep_their_mean_and_spread_by_the_table_sigma(int side, int severity, double sigma)
    {
        using var image = CorruptionPixels.Constant(side, 128);

        using var noisy = new GaussianNoise().Apply(image, severity, new Random(3));

        var (mean, std) = CorruptionPixels.Moments(CorruptionPixels.Bytes(noisy));
        Assert.InRange(mean, 127, 129.5);
        Assert.InRange(std, sigma * 255 * 0.95, sigma * 255 * 1.05);
        Assert.All(CorruptionPixels.Bytes(image), b => Assert.Equal(128, b));
    }

    [Fact]
    public void Given_the_same_random_seed_When_corrupting_twice_Then_the_pixels_are_identical()
    {
        using var image = CorruptionPixels.Random(16, 1, channels: 3);

        using var first = new GaussianNoise().Apply(image, 3, new Random(9));
        using var second = new GaussianNoise().Apply(image, 3, new Random(9));
        using var other = new GaussianNoise().Apply(image, 3, new Random(10));

        Assert.Equal(CorruptionPixels.Bytes(first), CorruptionPixels.Bytes(second));
        Assert.NotEqual(CorruptionPixels.Bytes(first), CorruptionPixels.Bytes(other));
    }
}
