using ClassicCv.Features;

namespace ClassicCv.OpenCv.Tests.Learners;

/// <summary>Small seeded data sets built in code.</summary>
internal static class SyntheticData
{
    /// <summary>Gaussian blobs: class k is centred at <paramref name="spacing"/> · k on every axis.</summary>
    public static (FeatureMatrix Features, int[] Labels) Blobs(int seed, int classes, int perClass, int dims, double spacing, double noise)
    {
        var random = new Random(seed);
        var features = new FeatureMatrix(classes * perClass, dims);
        var labels = new int[classes * perClass];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % classes;
            var row = features.Row(i);
            for (var d = 0; d < dims; d++)
            {
                row[d] = (float)((spacing * labels[i]) + (noise * Gaussian(random)));
            }
        }

        return (features, labels);
    }

    /// <summary>XOR: points uniform in [−1, 1]², label 1 when the coordinates' signs differ (not linearly separable).</summary>
    public static (FeatureMatrix Features, int[] Labels) Xor(int seed, int count)
    {
        var random = new Random(seed);
        var features = new FeatureMatrix(count, 2);
        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            var x = (float)((random.NextDouble() * 2) - 1);
            var y = (float)((random.NextDouble() * 2) - 1);
            features.Row(i)[0] = x;
            features.Row(i)[1] = y;
            labels[i] = (x > 0) != (y > 0) ? 1 : 0;
        }

        return (features, labels);
    }

    /// <summary>A matrix from literal rows.</summary>
    public static FeatureMatrix Rows(params float[][] rows) =>
        new(rows.Length, rows[0].Length, rows.SelectMany(r => r).ToArray());

    /// <summary>Share of equal entries.</summary>
    public static double Accuracy(IReadOnlyList<int> truth, IReadOnlyList<int> predicted) =>
        (double)truth.Where((t, i) => predicted[i] == t).Count() / truth.Count;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
