using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Tests.Features;

/// <summary>Runs one fitted extractor's worker on one in-memory image.</summary>
internal static class Extract
{
    public static float[] One(IFeatureExtractor extractor, Mat image)
    {
        var values = new float[extractor.Length];
        using var worker = extractor.CreateWorker();
        worker.Extract(image, values);
        return values;
    }

    public static Mat Solid(int width, int height, Scalar bgr) => new(height, width, MatType.CV_8UC3, bgr);

    public static Mat Gray(int width, int height, byte value) => new(height, width, MatType.CV_8UC1, new Scalar(value));
}
