using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class PixelateTests
{
    [Fact]
    public void Given_a_large_image_at_severity_5_When_pixelating_Then_every_4x4_block_becomes_its_mean()
    {
        // ImageNet-C fraction 0.25: 100 × 100 → 25 × 25 by box averaging, then back by nearest neighbour.
        using var image = CorruptionPixels.Random(100, 8);

        using var pixelated = new Pixelate().Apply(image, 5, new Random(0));

        for (var y = 0; y < 100; y += 7)
        {
            for (var x = 0; x < 100; x += 5)
            {
                var (by, bx) = (y / 4 * 4, x / 4 * 4);
                var mean = Enumerable.Range(0, 16).Average(k => (double)image.At<byte>(by + (k / 4), bx + (k % 4)));
                Assert.InRange(pixelated.At<byte>(y, x), Math.Round(mean) - 1, Math.Round(mean) + 1);
            }
        }
    }
}
