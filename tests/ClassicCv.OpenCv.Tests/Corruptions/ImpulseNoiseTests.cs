using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class ImpulseNoiseTests
{
    [Fact]
    public void Given_a_grey_image_When_adding_salt_and_pepper_Then_the_table_fraction_turns_white_or_black_in_equal_parts()
    {
        // Severity 5 on a small image: amount 0.07, so about 3.5% white and 3.5% black of 3 × 64 × 64 values.
        using var image = CorruptionPixels.Constant(64, 128, channels: 3);

        using var noisy = new ImpulseNoise().Apply(image, 5, new Random(5));

        var bytes = CorruptionPixels.Bytes(noisy);
        Assert.All(bytes, b => Assert.Contains(b, new byte[] { 0, 128, 255 }));
        Assert.InRange(bytes.Count(b => b == 255) / (double)bytes.Length, 0.030, 0.040);
        Assert.InRange(bytes.Count(b => b == 0) / (double)bytes.Length, 0.030, 0.040);
    }
}
