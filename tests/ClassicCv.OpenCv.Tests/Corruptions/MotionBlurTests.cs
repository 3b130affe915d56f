using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.OpenCv.Tests.Corruptions;

public sealed class MotionBlurTests
{
    [Fact]
    public void Given_a_horizontal_motion_When_building_the_kernel_Then_one_sided_Gaussian_weights_lie_right_of_the_centre()
    {
        // r = 2, σ = 1: weights exp(−i²/2) for i = 0..4, i.e. 1, 0.606531, 0.135335, 0.011109, 0.000335, over their sum 1.753310.
        using var kernel = MotionBlur.Kernel(2, 1, 0);

        Assert.Equal(9, kernel.Rows);
        Assert.Equal(1, Cv2Sum(kernel), 5);
        Assert.Equal(1 / 1.753310, kernel.At<float>(4, 4), 5);
        Assert.Equal(0.606531 / 1.753310, kernel.At<float>(4, 5), 5);
        Assert.Equal(0.000335 / 1.753310, kernel.At<float>(4, 8), 5);
        Assert.Equal(0, kernel.At<float>(4, 3));
        Assert.Equal(0, kernel.At<float>(5, 5));
    }

    [Fact]
    public void Given_a_motion_at_45_degrees_When_building_the_kernel_Then_the_weights_lie_on_the_diagonal()
    {
        // Shifts i = 0..4 land on diagonal offsets round(i·0.7071) = 0, 1, 1, 2, 3: shifts 1 and 2 share a tap.
        using var kernel = MotionBlur.Kernel(2, 1, 45);

        Assert.Equal(1 / 1.753310, kernel.At<float>(4, 4), 5);
        Assert.Equal((0.606531 + 0.135335) / 1.753310, kernel.At<float>(5, 5), 5);
        Assert.Equal(0.011109 / 1.753310, kernel.At<float>(6, 6), 5);
        Assert.Equal(0.000335 / 1.753310, kernel.At<float>(7, 7), 5);
    }

    [Fact]
    public void Given_a_flat_image_When_motion_blurring_Then_it_is_unchanged()
    {
        using var image = CorruptionPixels.Constant(20, 77, channels: 3);

        using var blurred = new MotionBlur().Apply(image, 5, new Random(1));

        Assert.All(CorruptionPixels.Bytes(blurred), b => Assert.Equal(77, b));
    }

    private static double Cv2Sum(OpenCvSharp.Mat kernel) => OpenCvSharp.Cv2.Sum(kernel).Val0;
}
