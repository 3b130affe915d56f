using System.Collections.Concurrent;
using ClassicCv.Datasets;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Serving.Tests;

/// <summary>A real saved model that records how many images each call to <see cref="Predict(IReadOnlyList{Mat})"/> held.</summary>
internal sealed class RecordingClassifier(IDecodedImageClassifier inner) : IDecodedImageClassifier
{
    public ConcurrentQueue<int> Calls { get; } = new();

    public IReadOnlyList<string> ClassNames => inner.ClassNames;

    public ImageReadMode Mode => inner.Mode;

    public Predictions Predict(IReadOnlyList<Mat> images)
    {
        Calls.Enqueue(images.Count);
        return inner.Predict(images);
    }

    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items) => inner.Predict(dataset, items);

    public PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items) => inner.PredictReadable(dataset, items);

    public void Dispose() => inner.Dispose();
}
