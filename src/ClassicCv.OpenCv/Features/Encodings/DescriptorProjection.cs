using OpenCvSharp;

namespace ClassicCv.OpenCv.Features.Encodings;

/// <summary>
/// RootSIFT (L1-normalise, square root) then PCA of SIFT descriptors: <c>y = (x − mean) · Vᵀ</c> with the leading
/// principal directions V learnt by OpenCV <c>PCA</c> on a sample of training descriptors; applied with <c>gemm</c>.
/// </summary>
public sealed class DescriptorProjection
{
    /// <summary>Wraps a learnt projection.</summary>
    /// <param name="mean">128 values: the mean RootSIFT descriptor.</param>
    /// <param name="components">Components × 128 values: the principal directions, row after row.</param>
    public DescriptorProjection(float[] mean, float[] components)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(components);
        if (mean.Length != Codebook.DescriptorLength || components.Length == 0 || components.Length % Codebook.DescriptorLength != 0)
        {
            throw new ArgumentException($"Expected a 128-value mean and whole 128-value components; received {mean.Length} and {components.Length} values.", nameof(components));
        }

        Mean = mean;
        Components = components;
        Offset = new float[Dimension];
        for (var c = 0; c < Dimension; c++)
        {
            var offset = 0.0;
            for (var j = 0; j < Codebook.DescriptorLength; j++)
            {
                offset += (double)mean[j] * components[(c * Codebook.DescriptorLength) + j];
            }

            Offset[c] = (float)offset;
        }
    }

    /// <summary>The mean RootSIFT descriptor.</summary>
    public float[] Mean { get; }

    /// <summary>The principal directions, row after row.</summary>
    public float[] Components { get; }

    /// <summary>Dimensions after projection.</summary>
    public int Dimension => Components.Length / Codebook.DescriptorLength;

    /// <summary><c>mean · Vᵀ</c>, subtracted after the product.</summary>
    private float[] Offset { get; }

    /// <summary>Learns the projection from raw SIFT descriptors, which it turns into RootSIFT in place.</summary>
    /// <param name="descriptors">Rows of 128 values.</param>
    /// <param name="components">Dimensions kept (at most 128).</param>
    public static DescriptorProjection Fit(float[] descriptors, int components)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var rows = descriptors.Length / Codebook.DescriptorLength;
        for (var i = 0; i < rows; i++)
        {
            RootSift(descriptors.AsSpan(i * Codebook.DescriptorLength, Codebook.DescriptorLength));
        }

        using var data = Mat.FromPixelData(rows, Codebook.DescriptorLength, MatType.CV_32FC1, descriptors);
        using var none = new Mat();
        using var pca = new PCA(data, none, PCA.Flags.DataAsRow, components);
        using var mean = new Mat();
        using var vectors = new Mat();
        pca.Mean.ConvertTo(mean, MatType.CV_32F);
        pca.Eigenvectors.ConvertTo(vectors, MatType.CV_32F);
        var meanValues = new float[Codebook.DescriptorLength];
        mean.AsSpan<float>().CopyTo(meanValues);
        var componentValues = new float[vectors.Rows * Codebook.DescriptorLength];
        vectors.AsSpan<float>().CopyTo(componentValues);
        return new DescriptorProjection(meanValues, componentValues);
    }

    /// <summary>RootSIFT in place: L1-normalise the (non-negative) descriptor, then take square roots.</summary>
    /// <param name="descriptor">128 non-negative values.</param>
    public static void RootSift(Span<float> descriptor)
    {
        var sum = 0.0;
        foreach (var value in descriptor)
        {
            sum += Math.Abs(value);
        }

        var inverse = sum > 0 ? 1 / sum : 0;
        for (var i = 0; i < descriptor.Length; i++)
        {
            descriptor[i] = (float)Math.Sqrt(Math.Abs(descriptor[i]) * inverse);
        }
    }

    /// <summary>Projects RootSIFT descriptors.</summary>
    /// <param name="descriptors">N × 128 CV_32F RootSIFT descriptors.</param>
    /// <param name="projected">Receives N × <see cref="Dimension"/> CV_32F values.</param>
    public void Project(Mat descriptors, Mat projected)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(projected);
        using var components = Mat.FromPixelData(Dimension, Codebook.DescriptorLength, MatType.CV_32FC1, Components);
        using var none = new Mat();
        Cv2.Gemm(descriptors, components, 1, none, 0, projected, GemmFlags.B_T);
        var rows = projected.Rows;
        for (var i = 0; i < rows; i++)
        {
            var row = projected.RowSpan<float>(i);
            for (var c = 0; c < row.Length; c++)
            {
                row[c] -= Offset[c];
            }
        }
    }

    /// <summary>Projects rows of RootSIFT descriptors (e.g. the sample <see cref="Fit"/> turned into RootSIFT), returning rows × <see cref="Dimension"/> values.</summary>
    /// <param name="descriptors">Rows of 128 RootSIFT values.</param>
    public float[] ProjectRows(float[] descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var rows = descriptors.Length / Codebook.DescriptorLength;
        var result = new float[rows * Dimension];
        using var input = Mat.FromPixelData(rows, Codebook.DescriptorLength, MatType.CV_32FC1, descriptors);
        using var output = Mat.FromPixelData(rows, Dimension, MatType.CV_32FC1, result);
        Project(input, output);
        return result;
    }
}
