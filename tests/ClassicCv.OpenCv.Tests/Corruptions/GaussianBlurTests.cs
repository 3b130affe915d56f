using ClassicCv.OpenCv.Corruptions;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class GaussianBlurTests
{
    [Fact]
    public void Given_one_white_dot_When_blurring_at_severity_1_Then_it_spreads_as_the_hand_computed_kernel()
    {
        // σ = 0.4: radius ⌊1.6 + 0.5⌋ = 2; 1-D weights exp(−i²/0.32) normalised: centre 1 / 1.08789 = 0.919208, next 0.040392,
        // then 0.000003. OpenCV's bit-exact 8-bit path rounds the 1-D kernel to 1/256: 10/256 either side, 236/256 at the centre.
        using var image = CorruptionPixels.Constant(9, 0);
        image.Set(4, 4, (byte)255);

        using var blurred = new GaussianBlur().Apply(image, 1, new Random(0));

        Assert.Equal(5, GaussianBlur.KernelSize(0.4));
        Assert.Equal(217, blurred.At<byte>(4, 4));     // 255 × (236/256)² = 216.7
        Assert.Equal(9, blurred.At<byte>(4, 5));       // 255 × 236 × 10 / 256² = 9.18
        Assert.Equal(9, blurred.At<byte>(3, 4));
        Assert.Equal(0, blurred.At<byte>(3, 5));       // 255 × (10/256)² = 0.39
        Assert.Equal(0, blurred.At<byte>(4, 7));
    }

    [Fact]
    public void Given_a_large_image_When_blurring_Then_the_ImageNet_sigma_sets_the_kernel()
    {
        Assert.Equal(9, GaussianBlur.KernelSize(1));
        Assert.Equal(49, GaussianBlur.KernelSize(6));
        using var image = CorruptionPixels.Random(80, 2);

        using var blurred = new GaussianBlur().Apply(image, 5, new Random(0));
        using var expected = new Mat();
        Cv2.GaussianBlur(image, expected, new Size(49, 49), 6, 6, BorderTypes.Replicate);

        Assert.Equal(CorruptionPixels.Bytes(expected), CorruptionPixels.Bytes(blurred));
    }
}
