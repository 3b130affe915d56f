using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>Resizes to an exact size: area averaging when shrinking, bilinear when enlarging.</summary>
public static class ImageResizer
{
    /// <summary>Returns <paramref name="image"/> itself when it already has the size, else a new resized image.</summary>
    /// <param name="image">Source image.</param>
    /// <param name="width">Target width in pixels.</param>
    /// <param name="height">Target height in pixels.</param>
    /// <param name="owned">True when the result is a new image the caller must dispose.</param>
    public static Mat ToSize(Mat image, int width, int height, out bool owned)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width == width && image.Height == height)
        {
            owned = false;
            return image;
        }

        var shrinking = width <= image.Width && height <= image.Height;
        var resized = new Mat();
        Cv2.Resize(image, resized, new Size(width, height), 0, 0, shrinking ? InterpolationFlags.Area : InterpolationFlags.Linear);
        owned = true;
        return resized;
    }
}
