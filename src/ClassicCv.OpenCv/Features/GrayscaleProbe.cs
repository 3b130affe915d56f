using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>Tells whether a dataset's training images are grayscale (IDX files, or the first 16 training images have no colour), for extractors that adapt to it (<c>color-hist</c>, <c>kmeans-patches</c>).</summary>
public static class GrayscaleProbe
{
    private const int Images = 16;

    /// <summary>Whether the training images of <paramref name="context"/> are grayscale.</summary>
    /// <param name="context">The fit context (its dataset and training items).</param>
    public static bool IsGrayscale(FeatureFitContext context)
    {
        var sample = context.TrainItems.Take(Images).ToArray();
        if (sample.All(item => context.Dataset.Items[item].Location is Datasets.IdxImageLocation))
        {
            return true;
        }

        var colourful = 0;
        new ImageStreamer(1).ForEach(context.Dataset, sample, ImageReadMode.Color, () => new Mats(), (mats, _, image) =>
        {
            Cv2.CvtColor(image, mats.Gray, ColorConversionCodes.BGR2GRAY);
            Cv2.CvtColor(mats.Gray, mats.Back, ColorConversionCodes.GRAY2BGR);
            if (Cv2.Norm(image, mats.Back, NormTypes.INF) > 0)
            {
                Interlocked.Increment(ref colourful);
            }
        });
        return colourful == 0;
    }

    private sealed class Mats : IDisposable
    {
        public Mat Gray { get; } = new();

        public Mat Back { get; } = new();

        public void Dispose()
        {
            Gray.Dispose();
            Back.Dispose();
        }
    }
}
