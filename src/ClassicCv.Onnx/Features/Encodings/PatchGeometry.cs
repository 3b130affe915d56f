using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>Where <c>kmeans-patches</c> reads patches: the image size, its channels, the patch side and the stride.</summary>
/// <param name="Width">Images are resized to this width in pixels.</param>
/// <param name="Height">Images are resized to this height in pixels.</param>
/// <param name="Channels">1 (grayscale) or 3 (colour, BGR).</param>
/// <param name="Patch">Side of a square patch in pixels.</param>
/// <param name="Stride">Step between patch positions in pixels.</param>
public sealed record PatchGeometry(int Width, int Height, int Channels, int Patch, int Stride)
{
    /// <summary>Values per patch: channels × patch².</summary>
    public int Dimension => Channels * Patch * Patch;

    /// <summary>Patch positions per row.</summary>
    public int Columns => ((Width - Patch) / Stride) + 1;

    /// <summary>Patch positions per column.</summary>
    public int Rows => ((Height - Patch) / Stride) + 1;

    /// <summary>How images are decoded.</summary>
    public ImageReadMode Mode => Channels == 1 ? ImageReadMode.Grayscale : ImageReadMode.Color;
}
