using ClassicCv.Onnx.Deep;
using OpenCvSharp;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class ImagePreprocessorTests
{
    [Fact]
    public void Given_a_bgr_image_When_preprocessing_for_an_rgb_net_Then_planes_are_reordered_scaled_and_normalised()
    {
        using var image = new Mat(1, 2, MatType.CV_8UC3);
        image.Set(0, 0, new Vec3b(10, 20, 30));
        image.Set(0, 1, new Vec3b(40, 50, 60));
        var input = new NetInput(2, 1, 3, ChannelOrder.Rgb, 0.5f, [1, 2, 3], [2, 4, 8]);
        var values = new float[6];

        new ImagePreprocessor(input).Fill(image, values);

        float[] expected = [((30 * 0.5f) - 1) / 2, ((60 * 0.5f) - 1) / 2, ((20 * 0.5f) - 2) / 4, ((50 * 0.5f) - 2) / 4, ((10 * 0.5f) - 3) / 8, ((40 * 0.5f) - 3) / 8];
        Assert.Equal(expected, values, (a, b) => Math.Abs(a - b) < 1e-6f);
    }

    [Fact]
    public void Given_a_bgr_net_When_preprocessing_Then_planes_keep_opencv_order()
    {
        using var image = new Mat(1, 1, MatType.CV_8UC3, new Scalar(10, 20, 30));
        var input = new NetInput(1, 1, 3, ChannelOrder.Bgr, 1, [0, 0, 0], [1, 1, 1]);
        var values = new float[3];

        new ImagePreprocessor(input).Fill(image, values);

        Assert.Equal([10f, 20f, 30f], values);
    }

    [Fact]
    public void Given_a_larger_grayscale_image_When_preprocessing_Then_it_is_area_resized_first()
    {
        using var image = new Mat(2, 2, MatType.CV_8UC1, new Scalar(100));
        image.Set(0, 0, (byte)200);
        var input = new NetInput(1, 1, 1, ChannelOrder.Rgb, 1, [0], [1]);
        var values = new float[1];

        new ImagePreprocessor(input).Fill(image, values);

        Assert.Equal(125f, values[0], 1e-4f);
    }

    [Fact]
    public void Given_a_colour_image_When_preprocessing_for_a_grayscale_net_Then_it_says_which_channels_were_expected()
    {
        using var image = new Mat(1, 1, MatType.CV_8UC3, new Scalar(1, 2, 3));
        var input = new NetInput(1, 1, 1, ChannelOrder.Rgb, 1, [0], [1]);

        var error = Assert.Throws<ArgumentException>(() => new ImagePreprocessor(input).Fill(image, new float[1]));

        Assert.Contains("expected 1 8-bit", error.Message, StringComparison.Ordinal);
    }
}
