namespace ClassicCv.Onnx.Deep;

/// <summary>A loaded network that maps preprocessed images (flat NCHW values) to one output vector each. Not thread-safe.</summary>
public interface IImageNetwork : IDisposable
{
    /// <summary>Runs <paramref name="count"/> images.</summary>
    /// <param name="inputs"><paramref name="count"/> images' input values, image after image (NCHW).</param>
    /// <param name="count">Number of images.</param>
    /// <returns>The outputs, image after image.</returns>
    float[] Run(ReadOnlySpan<float> inputs, int count);
}
