using ClassicCv.Onnx.Features.Encodings;

namespace ClassicCv.Onnx.Tests.Features.Encodings;

public sealed class ZcaWhiteningTests
{
    /// <summary>Seeded correlated samples: each of 4 dimensions mixes 3 shared sources and its own noise.</summary>
    private static float[] Correlated(int rows, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * 4];
        for (var i = 0; i < rows; i++)
        {
            var (a, b, c) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            values[(i * 4) + 0] = (float)((3 * a) + b + 5);
            values[(i * 4) + 1] = (float)((2 * a) - c);
            values[(i * 4) + 2] = (float)(b + (0.5 * c) + (0.1 * random.NextDouble()));
            values[(i * 4) + 3] = (float)(a + b + c + (0.2 * random.NextDouble()));
        }

        return values;
    }

    private static double[,] Covariance(float[] values, int dimension)
    {
        var rows = values.Length / dimension;
        var mean = new double[dimension];
        for (var i = 0; i < values.Length; i++)
        {
            mean[i % dimension] += values[i] / (double)rows;
        }

        var covariance = new double[dimension, dimension];
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < dimension; i++)
            {
                for (var j = 0; j < dimension; j++)
                {
                    covariance[i, j] += (values[(r * dimension) + i] - mean[i]) * (values[(r * dimension) + j] - mean[j]) / rows;
                }
            }
        }

        return covariance;
    }

    [Fact]
    public void Given_a_correlated_sample_When_whitened_with_epsilon_zero_Then_its_covariance_is_the_identity()
    {
        var sample = Correlated(2000, seed: 3);

        var whitening = ZcaWhitening.Fit(sample, 4, epsilon: 0);
        var covariance = Covariance(whitening.Apply(sample), 4);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(i == j ? 1.0 : 0.0, covariance[i, j], 3);
            }
        }
    }

    [Fact]
    public void Given_a_sample_When_whitened_Then_the_matrix_is_symmetric_and_the_mean_is_the_sample_mean()
    {
        var sample = Correlated(500, seed: 4);

        var whitening = ZcaWhitening.Fit(sample, 4, epsilon: 0.1);

        for (var i = 0; i < 4; i++)
        {
            var mean = Enumerable.Range(0, 500).Average(r => (double)sample[(r * 4) + i]);
            Assert.Equal(mean, whitening.Mean[i], 4);
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(whitening.Matrix[(i * 4) + j], whitening.Matrix[(j * 4) + i], 5);
            }
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    public void Given_an_epsilon_When_whitened_Then_the_covariance_is_the_samples_times_the_inverse_of_it_plus_epsilon(double epsilon)
    {
        var sample = Correlated(2000, seed: 5);
        var original = Covariance(sample, 4);

        var whitened = Covariance(ZcaWhitening.Fit(sample, 4, epsilon).Apply(sample), 4);

        // W = (C + εI)^-1/2 commutes with C, so Cov(xW) = W C W = C (C + εI)^-1, i.e. Cov(xW) (C + εI) = C.
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var product = Enumerable.Range(0, 4).Sum(k => whitened[i, k] * (original[k, j] + (k == j ? epsilon : 0)));
                Assert.Equal(original[i, j], product, 3);
            }
        }
    }
}
