using System.Runtime.InteropServices;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>Copies the pixels of an 8-bit image to and from a managed array (row-major, channels interleaved).</summary>
internal static class MatBytes
{
    /// <summary>The image's bytes.</summary>
    public static byte[] Read(Mat image)
    {
        if (image.Depth() != MatType.CV_8U || image.Channels() is not (1 or 3))
        {
            throw new ArgumentException($"The image has type {image.Type()}; expected 8-bit with 1 or 3 channels.", nameof(image));
        }

        using var continuous = image.IsContinuous() ? null : image.Clone();
        var source = continuous ?? image;
        var bytes = new byte[image.Rows * image.Cols * image.Channels()];
        Marshal.Copy(source.Data, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>A new image of <paramref name="like"/>'s size and type holding <paramref name="bytes"/>.</summary>
    public static Mat Create(Mat like, byte[] bytes)
    {
        var image = new Mat(like.Rows, like.Cols, like.Type());
        Marshal.Copy(bytes, 0, image.Data, bytes.Length);
        return image;
    }

    /// <summary>A value in [0, 1] of the pixel range as a byte, rounded to nearest and clipped.</summary>
    public static byte FromUnit(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255, MidpointRounding.AwayFromZero);
}
