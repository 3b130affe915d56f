using ClassicCv.OpenCv.Features.Encodings;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features.Encodings;

public sealed class FisherEncoderTests
{
    private static readonly GaussianMixture Mixture = new([0.25f, 0.75f], [0f, 0f, 2f, 1f], [1f, 0.5f, 2f, 1f]);

    private static readonly float[] Descriptors = [0.5f, -0.2f, 1.5f, 1.2f, 2.5f, 0.1f];

    private static float[] Encode(float[] descriptors, int[] quadrants, bool pyramid)
    {
        var encoder = new FisherEncoder(Mixture, pyramid);
        var values = new float[encoder.Length];
        using var mat = Mat.FromPixelData(descriptors.Length / 2, 2, MatType.CV_32FC1, descriptors);
        encoder.Encode(mat, quadrants, values);
        return values;
    }

    /// <summary>The improved Fisher vector written out term by term, in double precision, from the densities.</summary>
    private static double[] ByHand(float[] descriptors)
    {
        const int K = 2, D = 2;
        var n = descriptors.Length / D;
        var vector = new double[2 * K * D];
        for (var i = 0; i < n; i++)
        {
            var densities = new double[K];
            for (var k = 0; k < K; k++)
            {
                densities[k] = Mixture.Weights[k];
                for (var d = 0; d < D; d++)
                {
                    var variance = (double)Mixture.Variances[(k * D) + d];
                    var difference = descriptors[(i * D) + d] - (double)Mixture.Means[(k * D) + d];
                    densities[k] *= Math.Exp(-difference * difference / (2 * variance)) / Math.Sqrt(2 * Math.PI * variance);
                }
            }

            var total = densities.Sum();
            for (var k = 0; k < K; k++)
            {
                var gamma = densities[k] / total;
                for (var d = 0; d < D; d++)
                {
                    var sigma = Math.Sqrt(Mixture.Variances[(k * D) + d]);
                    var u = (descriptors[(i * D) + d] - Mixture.Means[(k * D) + d]) / sigma;
                    vector[(k * D) + d] += gamma * u / (n * Math.Sqrt(Mixture.Weights[k]));
                    vector[(K * D) + (k * D) + d] += gamma * ((u * u) - 1) / (n * Math.Sqrt(2 * Mixture.Weights[k]));
                }
            }
        }

        var powered = vector.Select(v => Math.Sign(v) * Math.Sqrt(Math.Abs(v))).ToArray();
        var norm = Math.Sqrt(powered.Sum(v => v * v));
        return powered.Select(v => v / norm).ToArray();
    }

    [Fact]
    public void Given_a_known_mixture_When_encoding_three_descriptors_Then_the_vector_equals_the_hand_computed_one()
    {
        var values = Encode(Descriptors, [0, 0, 0], pyramid: false);

        var expected = ByHand(Descriptors);
        Assert.Equal(8, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i], 5);
        }
    }

    [Fact]
    public void Given_the_pyramid_When_encoding_Then_each_quadrant_block_is_the_vector_of_its_own_descriptors()
    {
        var values = Encode(Descriptors, [0, 0, 3], pyramid: true);

        // Blocks: whole image, then quadrants 0..3; before the final L2, each block is the unnormalised vector of its descriptors.
        var block = 8;
        var topLeft = values.AsSpan(block, block).ToArray();
        var empty = values.AsSpan(2 * block, 2 * block).ToArray();
        var expected = ByHand([.. Descriptors.Take(4)]);
        var scale = Math.Sqrt(topLeft.Sum(v => (double)v * v));
        Assert.All(empty, v => Assert.Equal(0f, v));
        for (var i = 0; i < block; i++)
        {
            Assert.Equal(expected[i], topLeft[i] / scale, 5);
        }

        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Given_no_descriptors_When_encoding_Then_the_vector_is_zero()
    {
        var encoder = new FisherEncoder(Mixture, pyramid: false);
        var values = Enumerable.Repeat(1f, encoder.Length).ToArray();
        using var empty = new Mat(0, 2, MatType.CV_32FC1);

        encoder.Encode(empty, [], values);

        Assert.All(values, v => Assert.Equal(0f, v));
    }
}
