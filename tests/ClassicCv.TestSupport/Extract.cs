using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.TestSupport;

/// <summary>Runs one fitted extractor's worker on one in-memory image.</summary>
public static class Extract
{
    /// <summary>The feature vector of <paramref name="image"/>, read through a fresh worker of <paramref name="extractor"/>.</summary>
    /// <param name="extractor">A fitted extractor.</param>
    /// <param name="image">The image, in the extractor's input format (BGR or grayscale, 8 bits).</param>
    public static float[] One(IFeatureExtractor extractor, Mat image)
    {
        var values = new float[extractor.Length];
        using var worker = extractor.CreateWorker();
        worker.Extract(image, values);
        return values;
    }

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> BGR image of one colour; the caller disposes it.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="bgr">The colour (blue, green, red; 0–255).</param>
    public static Mat Solid(int width, int height, Scalar bgr) => new(height, width, MatType.CV_8UC3, bgr);

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> grayscale image of one value; the caller disposes it.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="value">The grey level, 0–255.</param>
    public static Mat Gray(int width, int height, byte value) => new(height, width, MatType.CV_8UC1, new Scalar(value));
}
