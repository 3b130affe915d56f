using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Transforms;

/// <summary>Drawn random Fourier features: z(x) = √(2/D) cos(W x + b), computed with OpenCV's matrix product.</summary>
public sealed class FittedRandomFourierFeatures : ISaveableTransform
{
    private const int Chunk = 4096;

    /// <summary>Creates the transform.</summary>
    /// <param name="weights">W, row-major: D rows of <paramref name="inputColumns"/>.</param>
    /// <param name="offsets">b: one phase per output column.</param>
    /// <param name="inputColumns">Input feature length.</param>
    /// <param name="gamma">The RBF width W was drawn for.</param>
    public FittedRandomFourierFeatures(float[] weights, float[] offsets, int inputColumns, double gamma)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(offsets);
        if (weights.Length != offsets.Length * inputColumns)
        {
            throw new ArgumentException($"Expected {offsets.Length}×{inputColumns} weights, received {weights.Length}.", nameof(weights));
        }

        Weights = weights;
        Offsets = offsets;
        InputColumns = inputColumns;
        Gamma = gamma;
    }

    /// <summary>W, row-major (D × input columns).</summary>
    public float[] Weights { get; }

    /// <summary>b, one phase per output column.</summary>
    public float[] Offsets { get; }

    /// <summary>Input feature length.</summary>
    public int InputColumns { get; }

    /// <summary>The RBF width W was drawn for.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public int OutputColumns => Offsets.Length;

    /// <inheritdoc />
    public string Kind => "rff";

    /// <summary>Reads a transform written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    public static FittedRandomFourierFeatures Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new Errors.UserInputException($"Saved transform '{directory}' has no {FileName}.");
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        var components = reader.ReadInt32();
        var inputColumns = reader.ReadInt32();
        var gamma = reader.ReadDouble();
        var weights = new float[components * inputColumns];
        var offsets = new float[components];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(offsets.AsSpan()));
        return new FittedRandomFourierFeatures(weights, offsets, inputColumns, gamma);
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        using var writer = new BinaryWriter(File.Create(Path.Combine(directory, FileName)));
        writer.Write(OutputColumns);
        writer.Write(InputColumns);
        writer.Write(Gamma);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.AsSpan()));
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Offsets.AsSpan()));
    }

    private const string FileName = "rff.bin";

    /// <inheritdoc />
    public FeatureMatrix Apply(FeatureMatrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != InputColumns)
        {
            throw new ArgumentException($"Expected {InputColumns} columns, received {features.Columns}.", nameof(features));
        }

        var result = new FeatureMatrix(features.Rows, OutputColumns);
        var scale = MathF.Sqrt(2f / OutputColumns);
        using var w = new Mat(OutputColumns, InputColumns, MatType.CV_32FC1);
        Weights.AsSpan().CopyTo(w.AsSpan<float>());
        using var none = new Mat();
        for (var start = 0; start < features.Rows; start += Chunk)
        {
            var rows = Math.Min(Chunk, features.Rows - start);
            using var x = new Mat(rows, InputColumns, MatType.CV_32FC1);
            features.Values.Slice(start * InputColumns, rows * InputColumns).CopyTo(x.AsSpan<float>());
            using var product = new Mat();
            Cv2.Gemm(x, w, 1, none, 0, product, GemmFlags.B_T);
            var values = product.AsSpan<float>();
            var output = result.Values.Slice(start * OutputColumns, rows * OutputColumns);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = scale * MathF.Cos(values[i] + Offsets[i % OutputColumns]);
            }
        }

        return result;
    }
}
