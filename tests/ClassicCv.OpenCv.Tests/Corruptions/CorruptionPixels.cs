using System.Runtime.InteropServices;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Corruptions;

/// <summary>Builds tiny 8-bit images and reads their bytes, for the corruption tests.</summary>
internal static class CorruptionPixels
{
    public static Mat Constant(int side, byte value, int channels = 1) =>
        new(side, side, channels == 1 ? MatType.CV_8UC1 : MatType.CV_8UC3, Scalar.All(value));

    public static Mat Random(int side, int seed, int channels = 1)
    {
        var random = new Random(seed);
        var bytes = new byte[side * side * channels];
        random.NextBytes(bytes);
        var image = new Mat(side, side, channels == 1 ? MatType.CV_8UC1 : MatType.CV_8UC3);
        Marshal.Copy(bytes, 0, image.Data, bytes.Length);
        return image;
    }

    public static byte[] Bytes(Mat image)
    {
        var bytes = new byte[image.Rows * image.Cols * image.Channels()];
        Marshal.Copy(image.Data, bytes, 0, bytes.Length);
        return bytes;
    }

    public static (double Mean, double Std) Moments(byte[] bytes)
    {
        var mean = bytes.Average(b => (double)b);
        return (mean, Math.Sqrt(bytes.Average(b => (b - mean) * (b - mean))));
    }
}
