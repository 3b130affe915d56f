using ClassicCv.OpenCv.Features.Encodings;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features.Encodings;

public sealed class VladEncoderTests
{
    [Fact]
    public void Given_two_words_When_encoding_Then_residuals_are_summed_per_nearest_word_intra_normalised_square_rooted_and_L2_normalised()
    {
        // Words (0, 0) and (4, 0). Descriptors (1, 2) and (−1, 1) are nearest word 0 (residual sum (0, 3)); (5, −3) is
        // nearest word 1 (residual (1, −3)). Intra-normalised: (0, 1) and (1, −3)/√10; signed square roots; then L2.
        var encoder = new VladEncoder([0f, 0f, 4f, 0f], 2);
        float[] descriptors = [1f, 2f, -1f, 1f, 5f, -3f];
        using var mat = Mat.FromPixelData(3, 2, MatType.CV_32FC1, descriptors);
        var values = new float[encoder.Length];

        encoder.Encode(mat, [0, 0, 0], values);

        var a = Math.Sqrt(1 / Math.Sqrt(10));
        var b = Math.Sqrt(3 / Math.Sqrt(10));
        double[] powered = [0, 1, a, -b];
        var norm = Math.Sqrt(powered.Sum(v => v * v));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(powered[i] / norm, values[i], 6);
        }
    }

    [Fact]
    public void Given_a_word_no_descriptor_is_nearest_When_encoding_Then_its_block_is_zero()
    {
        var encoder = new VladEncoder([0f, 0f, 100f, 100f], 2);
        float[] descriptors = [1f, 2f];
        using var mat = Mat.FromPixelData(1, 2, MatType.CV_32FC1, descriptors);
        var values = new float[encoder.Length];

        encoder.Encode(mat, [0], values);

        Assert.Equal([0f, 0f], values[2..]);
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 6);
    }
}
