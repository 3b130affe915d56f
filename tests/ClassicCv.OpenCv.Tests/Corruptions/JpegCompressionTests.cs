using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class JpegCompressionTests
{
    [Fact]
    public void Given_a_flat_image_When_round_tripping_through_JPEG_Then_it_comes_back_exactly()
    {
        using var image = CorruptionPixels.Constant(16, 128, channels: 3);

        using var round = new JpegCompression().Apply(image, 5, new Random(0));

        Assert.Equal(3, round.Channels());
        Assert.All(CorruptionPixels.Bytes(round), b => Assert.Equal(128, b));
    }

    [Fact]
    public void Given_a_noisy_image_When_lowering_quality_Then_the_error_grows_with_severity()
    {
        using var image = CorruptionPixels.Random(32, 6);

        using var mild = new JpegCompression().Apply(image, 1, new Random(0));
        using var strong = new JpegCompression().Apply(image, 5, new Random(0));

        var source = CorruptionPixels.Bytes(image);
        double Error(OpenCvSharp.Mat m) => CorruptionPixels.Bytes(m).Zip(source, (a, b) => Math.Abs(a - b)).Average();
        Assert.Equal(1, mild.Channels());
        Assert.True(Error(mild) > 0);
        Assert.True(Error(strong) > Error(mild), $"q40 error {Error(strong)} vs q80 error {Error(mild)}");
    }
}
