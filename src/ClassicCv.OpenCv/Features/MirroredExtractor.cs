using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// A fitted extractor applied to the left–right mirror of each image: the features of flipped copies of the training
/// images (<c>--augment flip</c>). Its settings carry <c>|augment=flip</c>, so the feature cache keeps them apart.
/// </summary>
public sealed class MirroredExtractor : IFeatureExtractor
{
    private readonly IFeatureExtractor _inner;

    /// <summary>Wraps a fitted extractor.</summary>
    /// <param name="inner">The extractor of the plain images.</param>
    public MirroredExtractor(IFeatureExtractor inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public string Settings => _inner.Settings + "|augment=flip";

    /// <inheritdoc />
    public ImageReadMode Mode => _inner.Mode;

    /// <inheritdoc />
    public int Length => _inner.Length;

    /// <inheritdoc />
    public IReadOnlyList<string> Notes => [];

    /// <inheritdoc />
    public IFeatureWorker CreateWorker() => new Worker(_inner.CreateWorker());

    private sealed class Worker : IFeatureWorker
    {
        private readonly IFeatureWorker _inner;

        public Worker(IFeatureWorker inner) => _inner = inner;

        public void Extract(Mat image, Span<float> destination)
        {
            using var mirrored = new Mat();
            Cv2.Flip(image, mirrored, FlipMode.Y);
            _inner.Extract(mirrored, destination);
        }

        public void Dispose() => _inner.Dispose();
    }
}
