using System.Collections.Concurrent;
using ClassicCv.Datasets;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Serving.Tests;

/// <summary>
/// A real saved model whose predictions on request images wait until the test opens a gate (warm-up passes through);
/// records how many images each call held.
/// </summary>
internal sealed class GatedClassifier(IDecodedImageClassifier inner, ManualResetEventSlim gate, SemaphoreSlim entered) : IDecodedImageClassifier
{
    private int _calls;

    public ConcurrentQueue<int> Calls { get; } = new();

    public IReadOnlyList<string> ClassNames => inner.ClassNames;

    public ImageReadMode Mode => inner.Mode;

    public Predictions Predict(IReadOnlyList<Mat> images)
    {
        Calls.Enqueue(images.Count);
        if (Interlocked.Increment(ref _calls) > 1)
        {
            entered.Release();
            gate.Wait(TimeSpan.FromSeconds(30));
        }

        return inner.Predict(images);
    }

    public Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items) => inner.Predict(dataset, items);

    public PartialPredictions PredictReadable(ImageDataset dataset, IReadOnlyList<int> items) => inner.PredictReadable(dataset, items);

    public void Dispose() => inner.Dispose();
}
