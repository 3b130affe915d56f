using ClassicCv.Features;

namespace ClassicCv.MlNet.Tests.Learners;

/// <summary>Seeded Gaussian blobs: class k centred at (spread·cos(2πk/K), spread·sin(2πk/K)) with unit noise.</summary>
internal static class SyntheticData
{
    public static (FeatureMatrix Features, int[] Labels) Blobs(int perClass, int classes, double spread, int seed)
    {
        var random = new Random(seed);
        var labels = new int[perClass * classes];
        var values = new float[labels.Length * 2];
        for (var i = 0; i < labels.Length; i++)
        {
            var k = i % classes;
            labels[i] = k;
            var angle = 2 * Math.PI * k / classes;
            values[2 * i] = (float)((spread * Math.Cos(angle)) + Gaussian(random));
            values[(2 * i) + 1] = (float)((spread * Math.Sin(angle)) + Gaussian(random));
        }

        return (new FeatureMatrix(labels.Length, 2, values), labels);
    }

    public static double Accuracy(int[] predicted, int[] labels) => predicted.Zip(labels).Count(p => p.First == p.Second) / (double)labels.Length;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
