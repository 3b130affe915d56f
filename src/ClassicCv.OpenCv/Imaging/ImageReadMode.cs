namespace ClassicCv.OpenCv.Imaging;

/// <summary>How an image is decoded.</summary>
public enum ImageReadMode
{
    /// <summary>One 8-bit channel.</summary>
    Grayscale,

    /// <summary>Three 8-bit channels in OpenCV's BGR order (a grayscale source is replicated).</summary>
    Color,
}
