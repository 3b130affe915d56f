using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// A diagonal-covariance Gaussian mixture (<c>fisher</c>'s vocabulary), learnt by OpenCV <c>ml::EM</c> (initialised
/// by its k-means++ from OpenCV's RNG, seeded with the run's seed).
/// </summary>
public sealed class GaussianMixture
{
    /// <summary>OpenCV's <c>EM::COV_MAT_DIAGONAL</c>.</summary>
    private const int DiagonalCovariance = 1;

    /// <summary>Wraps learnt parameters.</summary>
    /// <param name="weights">K mixture weights (positive, summing to 1).</param>
    /// <param name="means">K × D means, row after row.</param>
    /// <param name="variances">K × D positive variances, row after row.</param>
    public GaussianMixture(float[] weights, float[] means, float[] variances)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(variances);
        if (weights.Length == 0 || means.Length == 0 || means.Length % weights.Length != 0 || variances.Length != means.Length)
        {
            throw new ArgumentException($"Expected K weights and K × D means and variances; received {weights.Length}, {means.Length} and {variances.Length} values.", nameof(means));
        }

        if (weights.Any(w => !(w > 0)) || variances.Any(v => !(v > 0)))
        {
            throw new ArgumentException("Weights and variances must be positive.", nameof(variances));
        }

        Weights = weights;
        Means = means;
        Variances = variances;
    }

    /// <summary>Mixture weights.</summary>
    public float[] Weights { get; }

    /// <summary>Means, K × D.</summary>
    public float[] Means { get; }

    /// <summary>Variances, K × D.</summary>
    public float[] Variances { get; }

    /// <summary>Number of components K.</summary>
    public int Components => Weights.Length;

    /// <summary>Dimensions D.</summary>
    public int Dimension => Means.Length / Weights.Length;

    /// <summary>Learns a K-component mixture of <paramref name="samples"/>.</summary>
    /// <param name="samples">Rows × <paramref name="dimension"/> values.</param>
    /// <param name="dimension">Values per row.</param>
    /// <param name="components">K.</param>
    /// <param name="seed">Seeds OpenCV's RNG (the k-means++ initialisation).</param>
    /// <param name="iterations">Most EM iterations.</param>
    public static GaussianMixture Fit(float[] samples, int dimension, int components, int seed, int iterations)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var rows = samples.Length / dimension;
        using var data = Mat.FromPixelData(rows, dimension, MatType.CV_32FC1, samples);
        using var em = EM.Create();
        em.ClustersNumber = components;
        em.CovarianceMatrixType = DiagonalCovariance;
        em.TermCriteria = new TermCriteria(CriteriaTypes.MaxIter | CriteriaTypes.Eps, iterations, 1e-6);
        using var logLikelihoods = new Mat();
        using var labels = new Mat();
        using var probabilities = new Mat();
        Cv2.SetTheRNG((ulong)(uint)seed);
        em.TrainEM(data, logLikelihoods, labels, probabilities);

        // The parameters are one M-step on EM's final posteriors (OpenCvSharp's EM.GetCovs crashes in 4.13):
        // w_k = Σγ/N, μ_k = Σγx/Σγ, σ²_k = Σγx²/Σγ − μ², with [x², x] summed by one gemm.
        var stacked = new double[rows * 2 * dimension];
        for (var i = 0; i < rows; i++)
        {
            for (var d = 0; d < dimension; d++)
            {
                var value = (double)samples[(i * dimension) + d];
                stacked[(i * 2 * dimension) + d] = value * value;
                stacked[(i * 2 * dimension) + dimension + d] = value;
            }
        }

        var sums = new double[components * 2 * dimension];
        using var moments = Mat.FromPixelData(rows, 2 * dimension, MatType.CV_64FC1, stacked);
        using var result = Mat.FromPixelData(components, 2 * dimension, MatType.CV_64FC1, sums);
        using var none = new Mat();
        Cv2.Gemm(probabilities, moments, 1, none, 0, result, GemmFlags.A_T);
        var mass = new double[components];
        for (var i = 0; i < rows; i++)
        {
            var row = probabilities.RowSpan<double>(i);
            for (var k = 0; k < components; k++)
            {
                mass[k] += row[k];
            }
        }

        var weightValues = new float[components];
        var meanValues = new float[components * dimension];
        var rawVariances = new double[components * dimension];
        for (var k = 0; k < components; k++)
        {
            var share = Math.Max(mass[k], 1e-10);
            weightValues[k] = (float)Math.Max(mass[k] / rows, 1e-8);
            for (var d = 0; d < dimension; d++)
            {
                var mean = sums[(k * 2 * dimension) + dimension + d] / share;
                meanValues[(k * dimension) + d] = (float)mean;
                rawVariances[(k * dimension) + d] = (sums[(k * 2 * dimension) + d] / share) - (mean * mean);
            }
        }

        // Variances floored at 1e-4 of the mean variance, so a collapsed component cannot dominate the encoding.
        var floor = Math.Max(1e-4 * rawVariances.Average(), 1e-10);
        var varianceValues = rawVariances.Select(v => (float)Math.Max(v, floor)).ToArray();
        var total = weightValues.Sum();
        for (var k = 0; k < components; k++)
        {
            weightValues[k] /= total;
        }

        return new GaussianMixture(weightValues, meanValues, varianceValues);
    }
}
