using OpenCvSharp;

namespace ClassicCv.OpenCv.Corruptions;

/// <summary>A JPEG round trip (OpenCV's encoder and decoder) at quality q.</summary>
public sealed class JpegCompression : IImageCorruption
{
    /// <summary>Quality per severity for small images (CIFAR-10-C).</summary>
    public static readonly IReadOnlyList<int> Small = [80, 65, 58, 50, 40];

    /// <summary>Quality per severity for larger images (ImageNet-C).</summary>
    public static readonly IReadOnlyList<int> Large = [25, 18, 15, 10, 7];

    /// <inheritdoc />
    public string Name => "jpeg";

    /// <inheritdoc />
    public Mat Apply(Mat image, int severity, Random random)
    {
        ArgumentNullException.ThrowIfNull(image);
        var quality = CorruptionScale.Pick(image, severity, Small, Large);
        Cv2.ImEncode(".jpg", image, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        return Cv2.ImDecode(bytes, image.Channels() == 1 ? ImreadModes.Grayscale : ImreadModes.Color);
    }
}
