using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// A trained image classifier that also classifies images already decoded (e.g. the bodies of HTTP requests) on the
/// calling thread. An instance holds one worker's native objects, so <see cref="Predict(IReadOnlyList{Mat})"/> is not
/// thread-safe: give each worker its own instance.
/// </summary>
public interface IDecodedImageClassifier : IImageClassifier
{
    /// <summary>How images must be decoded for this classifier.</summary>
    ImageReadMode Mode { get; }

    /// <summary>Classifies decoded images, on the calling thread.</summary>
    /// <param name="images">8-bit images decoded in <see cref="Mode"/>; not modified.</param>
    Predictions Predict(IReadOnlyList<Mat> images);

    /// <summary>
    /// Predicts the items whose images can be decoded and reports the others, instead of failing on the first
    /// unreadable image (for <c>classiccv predict</c>).
    /// </summary>
    /// <param name="dataset">The images.</param>
    /// <param name="items">Indices of the items to predict.</param>
    PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items);
}
