using ClassicCv.Onnx.Features.Encodings;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Onnx.Tests.Features.Encodings;

public sealed class KMeansPatchesExtractorTests
{
    private static float[] Random(int count, int seed, double scale)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() - 0.5) * scale)).ToArray();
    }

    private static Mat Image(int size, int channels, int seed)
    {
        var bytes = new byte[size * size * channels];
        new Random(seed).NextBytes(bytes);
        return Mat.FromPixelData(size, size, channels == 1 ? MatType.CV_8UC1 : MatType.CV_8UC3, bytes).Clone();
    }

    /// <summary>A non-trivial dictionary: the whitening of a random sample and random centroids.</summary>
    private static PatchDictionary Dictionary(int dimension, int words)
    {
        var whitening = ZcaWhitening.Fit(Random(300 * dimension, 5, 2), dimension, 0.1);
        return new PatchDictionary(whitening, Random(words * dimension, 6, 3), []);
    }

    /// <summary>Coates–Ng triangle features written out position by position, in double precision.</summary>
    private static double[] ByHand(Mat image, PatchGeometry geometry, PatchDictionary dictionary)
    {
        var (p, c, d, k) = (geometry.Patch, geometry.Channels, geometry.Dimension, dictionary.Words);
        var (rows, columns) = (geometry.Rows, geometry.Columns);
        var features = new double[4 * k];
        for (var top = 0; top < rows; top++)
        {
            for (var left = 0; left < columns; left++)
            {
                var patch = new double[d];
                for (var ch = 0; ch < c; ch++)
                {
                    for (var y = 0; y < p; y++)
                    {
                        for (var x = 0; x < p; x++)
                        {
                            var (row, column) = ((top * geometry.Stride) + y, (left * geometry.Stride) + x);
                            patch[(ch * p * p) + (y * p) + x] = c == 1 ? image.At<byte>(row, column) : image.At<Vec3b>(row, column)[ch];
                        }
                    }
                }

                var mean = patch.Average();
                var variance = patch.Sum(v => (v - mean) * (v - mean)) / (d - 1);
                var normalised = patch.Select(v => (v - mean) / Math.Sqrt(variance + 10)).ToArray();
                var white = new double[d];
                for (var j = 0; j < d; j++)
                {
                    for (var i = 0; i < d; i++)
                    {
                        white[j] += (normalised[i] - dictionary.Whitening.Mean[i]) * dictionary.Whitening.Matrix[(i * d) + j];
                    }
                }

                var distances = new double[k];
                for (var word = 0; word < k; word++)
                {
                    distances[word] = Math.Sqrt(Enumerable.Range(0, d).Sum(j => Math.Pow(white[j] - dictionary.Centroids[(word * d) + j], 2)));
                }

                var quadrant = (top < (rows + 1) / 2 ? 0 : 2) + (left < (columns + 1) / 2 ? 0 : 1);
                for (var word = 0; word < k; word++)
                {
                    features[(quadrant * k) + word] += Math.Max(0, distances.Average() - distances[word]);
                }
            }
        }

        return features;
    }

    [Theory]
    [InlineData(9, 1, 3, 1, 3)]
    [InlineData(8, 3, 3, 1, 4)]
    [InlineData(10, 1, 4, 2, 5)]
    public void Given_a_known_dictionary_When_extracting_Then_the_quadrant_sums_of_triangle_activations_equal_the_hand_computed_ones(int size, int channels, int patch, int stride, int words)
    {
        var geometry = new PatchGeometry(size, size, channels, patch, stride);
        var dictionary = Dictionary(geometry.Dimension, words);
        var extractor = new KMeansPatchesExtractor("kmeans-patches", "test", geometry, dictionary);
        using var image = Image(size, channels, seed: 8);

        var values = Extract.One(extractor, image);

        var expected = ByHand(image, geometry, dictionary);
        Assert.Equal(4 * words, values.Length);
        Assert.Contains(expected, v => v > 0);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - values[i]) <= 1e-4 * Math.Max(1, Math.Abs(expected[i])), $"value {i}: expected {expected[i]}, got {values[i]}");
        }
    }

    [Fact]
    public void Given_textures_When_fitting_twice_with_one_seed_Then_the_dictionary_and_features_are_identical_and_non_negative()
    {
        using var data = SyntheticDataset.Textures(12, 16, color: true, seed: 2);
        var spec = new KMeansPatchesSpec(new KMeansPatchesOptions { Words = 8, Sample = 1000, Patch = 4 });

        var first = (KMeansPatchesExtractor)spec.Fit(data.FitContext(7));
        var second = (KMeansPatchesExtractor)spec.Fit(data.FitContext(7));
        using var image = Cv2.ImRead(data.Folder + "/0000.png", ImreadModes.Color);

        Assert.Equal(3, first.Geometry.Channels);
        Assert.Equal(32, first.Length);
        Assert.Equal(first.Settings, second.Settings);
        var values = Extract.One(first, image);
        Assert.Equal(values, Extract.One(second, image));
        Assert.All(values, v => Assert.True(v >= 0));
        Assert.NotEqual(first.Settings, ((KMeansPatchesExtractor)spec.Fit(data.FitContext(8))).Settings);
    }

    [Fact]
    public void Given_a_larger_whitening_epsilon_When_fitting_Then_the_whitening_amplifies_less_and_the_state_differs()
    {
        using var data = SyntheticDataset.Textures(12, 16, color: false, seed: 3);
        var standard = (KMeansPatchesExtractor)new KMeansPatchesSpec(new KMeansPatchesOptions { Words = 8, Sample = 1000, Patch = 4 }).Fit(data.FitContext(7));
        var damped = (KMeansPatchesExtractor)new KMeansPatchesSpec(new KMeansPatchesOptions { Words = 8, Sample = 1000, Patch = 4, Whitening = 4 }).Fit(data.FitContext(7));

        Assert.NotEqual(standard.Settings, damped.Settings);
        Assert.Equal(standard.Dictionary.Whitening.Mean, damped.Dictionary.Whitening.Mean);
        Assert.True(Trace(damped.Dictionary.Whitening) < Trace(standard.Dictionary.Whitening),
            $"trace with ε 4: {Trace(damped.Dictionary.Whitening)}, with ε 1: {Trace(standard.Dictionary.Whitening)}");
    }

    private static double Trace(ZcaWhitening whitening) =>
        Enumerable.Range(0, whitening.Dimension).Sum(i => (double)whitening.Matrix[(i * whitening.Dimension) + i]);
}
