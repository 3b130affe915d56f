using OpenCvSharp;

namespace ClassicCv.Onnx.Features.Encodings;

/// <summary>Copies an 8-bit image into channel planes of floats (channel × row × column), the layout of a convolution's input.</summary>
internal static class PixelPlanes
{
    /// <summary>Added to every pixel (−128 centres 0–255 values; patch normalisation does not depend on it).</summary>
    public const float Offset = -128f;

    public static void Copy(Mat image, Span<float> planes)
    {
        var channels = image.Channels();
        var width = image.Width;
        var height = image.Height;
        if (planes.Length != channels * width * height)
        {
            throw new ArgumentException($"Expected {channels * width * height} values for a {width}×{height}×{channels} image; received {planes.Length}.", nameof(planes));
        }

        var plane = width * height;
        for (var y = 0; y < height; y++)
        {
            var pixels = image.RowSpan<byte>(y);
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    planes[(c * plane) + (y * width) + x] = pixels[(x * channels) + c] + Offset;
                }
            }
        }
    }
}
