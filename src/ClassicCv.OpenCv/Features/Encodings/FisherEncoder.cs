using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// The improved Fisher vector (Perronnin, Sánchez &amp; Mensink 2010) of descriptors under a diagonal Gaussian mixture:
/// per component k and dimension d, <c>G_μ = Σ_n γ_nk (x_nd − μ_kd) / σ_kd / (N √w_k)</c> and
/// <c>G_σ = Σ_n γ_nk ((x_nd − μ_kd)² / σ²_kd − 1) / (N √(2 w_k))</c>, laid out as all K × D mean gradients then all
/// K × D variance gradients; with the pyramid, the same for each 2×2 quadrant after the whole image (N its
/// descriptors). Then signed square root and L2 over the whole vector. Posteriors and sums are OpenCV <c>gemm</c>s.
/// </summary>
public sealed class FisherEncoder : IDescriptorEncoder
{
    private readonly float[] _logTerms;
    private readonly float[] _logConstants;

    /// <summary>Creates the encoder.</summary>
    /// <param name="mixture">The learnt mixture.</param>
    /// <param name="pyramid">True to add the four quadrants' vectors.</param>
    public FisherEncoder(GaussianMixture mixture, bool pyramid)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        Mixture = mixture;
        Pyramid = pyramid;
        var (k, d) = (mixture.Components, mixture.Dimension);
        Length = 2 * k * d * (pyramid ? 5 : 1);

        // log w_k N(x; μ_k, σ²_k) = Σ_d x²·(−1/2σ²) + Σ_d x·(μ/σ²) + c_k: one product of [x², x] with these 2D × K terms.
        _logTerms = new float[2 * d * k];
        _logConstants = new float[k];
        for (var c = 0; c < k; c++)
        {
            var constant = Math.Log(mixture.Weights[c]);
            for (var j = 0; j < d; j++)
            {
                var variance = (double)mixture.Variances[(c * d) + j];
                var mean = (double)mixture.Means[(c * d) + j];
                _logTerms[(j * k) + c] = (float)(-0.5 / variance);
                _logTerms[((d + j) * k) + c] = (float)(mean / variance);
                constant -= 0.5 * (Math.Log(2 * Math.PI * variance) + (mean * mean / variance));
            }

            _logConstants[c] = (float)constant;
        }
    }

    /// <summary>The mixture.</summary>
    public GaussianMixture Mixture { get; }

    /// <summary>True when the four quadrants are encoded too.</summary>
    public bool Pyramid { get; }

    /// <inheritdoc />
    public int Length { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, float[]> Arrays => new Dictionary<string, float[]>(StringComparer.Ordinal)
    {
        ["gmm_weights"] = Mixture.Weights,
        ["gmm_means"] = Mixture.Means,
        ["gmm_variances"] = Mixture.Variances,
    };

    /// <inheritdoc />
    public void Encode(Mat descriptors, ReadOnlySpan<int> quadrants, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        destination.Clear();
        var n = descriptors.Rows;
        if (n == 0)
        {
            return;
        }

        var (k, d) = (Mixture.Components, Mixture.Dimension);
        var features = new float[n * 2 * d];
        for (var i = 0; i < n; i++)
        {
            var row = descriptors.RowSpan<float>(i);
            for (var j = 0; j < d; j++)
            {
                features[(i * 2 * d) + j] = row[j] * row[j];
                features[(i * 2 * d) + d + j] = row[j];
            }
        }

        var posteriors = new float[n * k];
        using var stacked = Mat.FromPixelData(n, 2 * d, MatType.CV_32FC1, features);
        using var terms = Mat.FromPixelData(2 * d, k, MatType.CV_32FC1, _logTerms);
        using var logs = Mat.FromPixelData(n, k, MatType.CV_32FC1, posteriors);
        using var none = new Mat();
        Cv2.Gemm(stacked, terms, 1, none, 0, logs);
        for (var i = 0; i < n; i++)
        {
            Softmax(posteriors.AsSpan(i * k, k), _logConstants);
        }

        var block = 2 * k * d;
        if (!Pyramid)
        {
            Accumulate(stacked, posteriors, n, n, destination[..block]);
        }
        else
        {
            var masked = new float[posteriors.Length];
            for (var q = 0; q < 4; q++)
            {
                Array.Clear(masked);
                var count = 0;
                for (var i = 0; i < n; i++)
                {
                    if (quadrants[i] == q)
                    {
                        posteriors.AsSpan(i * k, k).CopyTo(masked.AsSpan(i * k, k));
                        count++;
                    }
                }

                if (count > 0)
                {
                    Accumulate(stacked, masked, n, count, destination.Slice((q + 1) * block, block));
                }
            }

            Accumulate(stacked, posteriors, n, n, destination[..block]);
        }

        VectorNormalization.SignedSquareRoot(destination);
        VectorNormalization.L2(destination);
    }

    private static void Softmax(Span<float> logs, float[] constants)
    {
        var max = float.NegativeInfinity;
        for (var c = 0; c < logs.Length; c++)
        {
            logs[c] += constants[c];
            max = Math.Max(max, logs[c]);
        }

        var sum = 0.0;
        for (var c = 0; c < logs.Length; c++)
        {
            logs[c] = MathF.Exp(logs[c] - max);
            sum += logs[c];
        }

        var inverse = (float)(1 / sum);
        for (var c = 0; c < logs.Length; c++)
        {
            logs[c] *= inverse;
        }
    }

    /// <summary>Writes the gradients of the descriptors whose posteriors are given (other rows zero) into one block.</summary>
    private void Accumulate(Mat stacked, float[] posteriors, int rows, int count, Span<float> block)
    {
        var (k, d) = (Mixture.Components, Mixture.Dimension);
        var sums = new float[k * 2 * d];
        using var gamma = Mat.FromPixelData(rows, k, MatType.CV_32FC1, posteriors);
        using var moments = Mat.FromPixelData(k, 2 * d, MatType.CV_32FC1, sums);
        using var none = new Mat();
        Cv2.Gemm(gamma, stacked, 1, none, 0, moments, GemmFlags.A_T);
        for (var c = 0; c < k; c++)
        {
            var mass = 0.0;
            for (var i = 0; i < rows; i++)
            {
                mass += posteriors[(i * k) + c];
            }

            var meanScale = 1 / (count * Math.Sqrt(Mixture.Weights[c]));
            var varianceScale = 1 / (count * Math.Sqrt(2 * Mixture.Weights[c]));
            for (var j = 0; j < d; j++)
            {
                var index = (c * d) + j;
                var (mean, variance) = ((double)Mixture.Means[index], (double)Mixture.Variances[index]);
                var (squares, firsts) = ((double)sums[(c * 2 * d) + j], (double)sums[(c * 2 * d) + d + j]);
                block[index] = (float)((firsts - (mean * mass)) / Math.Sqrt(variance) * meanScale);
                var centred = squares - (2 * mean * firsts) + (mean * mean * mass);
                block[(k * d) + index] = (float)(((centred / variance) - mass) * varianceScale);
            }
        }
    }
}
