using OpenCvSharp;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>
/// ZCA whitening learnt from a sample: <c>w = (x − mean) · W</c> with <c>W = V diag(1 / sqrt(λ + ε)) Vᵀ</c> from the
/// eigendecomposition of the sample's covariance (OpenCV <c>calcCovarMatrix</c> and <c>eigen</c>, in double precision).
/// With ε = 0 the whitened sample has the identity covariance.
/// </summary>
public sealed class ZcaWhitening
{
    /// <summary>Wraps a learnt whitening.</summary>
    /// <param name="mean">The sample mean, one value per dimension.</param>
    /// <param name="matrix">The symmetric dimension × dimension whitening matrix, row after row.</param>
    public ZcaWhitening(float[] mean, float[] matrix)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(matrix);
        if (mean.Length == 0 || matrix.Length != mean.Length * mean.Length)
        {
            throw new ArgumentException($"Expected a {mean.Length}×{mean.Length} matrix for a mean of {mean.Length} values; received {matrix.Length} values.", nameof(matrix));
        }

        Mean = mean;
        Matrix = matrix;
    }

    /// <summary>Number of dimensions.</summary>
    public int Dimension => Mean.Length;

    /// <summary>The sample mean.</summary>
    public float[] Mean { get; }

    /// <summary>The whitening matrix, row after row.</summary>
    public float[] Matrix { get; }

    /// <summary>Learns the whitening of <paramref name="samples"/>.</summary>
    /// <param name="samples">Rows × dimension values, row after row.</param>
    /// <param name="dimension">Values per row.</param>
    /// <param name="epsilon">Added to every eigenvalue (≥ 0; Coates–Ng use 0.1 on normalised patches).</param>
    public static ZcaWhitening Fit(float[] samples, int dimension, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        var rows = samples.Length / dimension;
        if (rows < 2 || rows * dimension != samples.Length)
        {
            throw new ArgumentException($"Expected at least 2 whole rows of {dimension} values; received {samples.Length} values.", nameof(samples));
        }

        using var data = Mat.FromPixelData(rows, dimension, MatType.CV_32FC1, samples);
        using var covariance = new Mat();
        using var mean = new Mat();
        Cv2.CalcCovarMatrix(data, covariance, mean, CovarFlags.Normal | CovarFlags.Rows | CovarFlags.Scale, MatType.CV_64F);
        using var values = new Mat();
        using var vectors = new Mat();
        Cv2.Eigen(covariance, values, vectors);
        var rowsScaled = new double[dimension * dimension];
        for (var i = 0; i < dimension; i++)
        {
            var factor = 1 / Math.Sqrt(Math.Max(values.At<double>(i), 0) + epsilon);
            var row = vectors.RowSpan<double>(i);
            for (var j = 0; j < dimension; j++)
            {
                rowsScaled[(i * dimension) + j] = row[j] * factor;
            }
        }

        using var scaled = Mat.FromPixelData(dimension, dimension, MatType.CV_64FC1, rowsScaled);

        using var whitening = new Mat();
        using var none = new Mat();
        Cv2.Gemm(vectors, scaled, 1, none, 0, whitening, GemmFlags.A_T);
        var matrix = new float[dimension * dimension];
        for (var i = 0; i < dimension; i++)
        {
            for (var j = 0; j < dimension; j++)
            {
                matrix[(i * dimension) + j] = (float)whitening.At<double>(i, j);
            }
        }

        var center = new float[dimension];
        for (var j = 0; j < dimension; j++)
        {
            center[j] = (float)mean.At<double>(0, j);
        }

        return new ZcaWhitening(center, matrix);
    }

    /// <summary>Whitens rows: <c>(x − mean) · W</c>, with OpenCV <c>gemm</c>.</summary>
    /// <param name="samples">Rows × <see cref="Dimension"/> values, row after row; not modified.</param>
    public float[] Apply(float[] samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var rows = samples.Length / Dimension;
        var centred = new float[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            centred[i] = samples[i] - Mean[i % Dimension];
        }

        var result = new float[samples.Length];
        using var input = Mat.FromPixelData(rows, Dimension, MatType.CV_32FC1, centred);
        using var matrix = Mat.FromPixelData(Dimension, Dimension, MatType.CV_32FC1, Matrix);
        using var output = Mat.FromPixelData(rows, Dimension, MatType.CV_32FC1, result);
        using var none = new Mat();
        Cv2.Gemm(input, matrix, 1, none, 0, output);
        return result;
    }
}
