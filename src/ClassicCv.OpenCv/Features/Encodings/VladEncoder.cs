using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// VLAD (Jégou et al. 2010): each descriptor is assigned to its nearest k-means word (distances by one OpenCV
/// <c>gemm</c>), the residuals <c>x − c_k</c> are summed per word, each word's sum is L2-normalised
/// (intra-normalisation, Arandjelović &amp; Zisserman 2013), then signed square root and L2 over the K × D vector.
/// </summary>
public sealed class VladEncoder : IDescriptorEncoder
{
    private readonly float[] _norms;

    /// <summary>Creates the encoder.</summary>
    /// <param name="centroids">K × D k-means words, row after row.</param>
    /// <param name="dimension">D.</param>
    public VladEncoder(float[] centroids, int dimension)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        if (centroids.Length == 0 || centroids.Length % dimension != 0)
        {
            throw new ArgumentException($"Expected a positive multiple of {dimension} values; received {centroids.Length}.", nameof(centroids));
        }

        Centroids = centroids;
        Dimension = dimension;
        _norms = new float[Words];
        for (var c = 0; c < Words; c++)
        {
            foreach (var value in centroids.AsSpan(c * dimension, dimension))
            {
                _norms[c] += value * value;
            }
        }
    }

    /// <summary>The words, K × D.</summary>
    public float[] Centroids { get; }

    /// <summary>D.</summary>
    public int Dimension { get; }

    /// <summary>K.</summary>
    public int Words => Centroids.Length / Dimension;

    /// <inheritdoc />
    public int Length => Centroids.Length;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, float[]> Arrays => new Dictionary<string, float[]>(StringComparer.Ordinal) { ["centroids"] = Centroids };

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

        var (k, d) = (Words, Dimension);
        var dots = new float[n * k];
        using var words = Mat.FromPixelData(k, d, MatType.CV_32FC1, Centroids);
        using var products = Mat.FromPixelData(n, k, MatType.CV_32FC1, dots);
        using var none = new Mat();
        Cv2.Gemm(descriptors, words, 1, none, 0, products, GemmFlags.B_T);
        for (var i = 0; i < n; i++)
        {
            var nearest = 0;
            var best = float.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                var distance = _norms[c] - (2 * dots[(i * k) + c]);
                if (distance < best)
                {
                    (best, nearest) = (distance, c);
                }
            }

            var row = descriptors.RowSpan<float>(i);
            var target = destination.Slice(nearest * d, d);
            var word = Centroids.AsSpan(nearest * d, d);
            for (var j = 0; j < d; j++)
            {
                target[j] += row[j] - word[j];
            }
        }

        for (var c = 0; c < k; c++)
        {
            VectorNormalization.L2(destination.Slice(c * d, d));
        }

        VectorNormalization.SignedSquareRoot(destination);
        VectorNormalization.L2(destination);
    }
}
