using System.Collections.Concurrent;
using ClassicCv.Datasets;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>A few decoded images held in memory (e.g. the test images a report explains); disposing releases them.</summary>
public sealed class DecodedImages : IDisposable
{
    private readonly ConcurrentDictionary<int, Mat> _images = new();

    private DecodedImages(IReadOnlyDictionary<int, SkippedImage> failed)
    {
        Failed = failed;
    }

    /// <summary>Items that could not be decoded, with the reason.</summary>
    public IReadOnlyDictionary<int, SkippedImage> Failed { get; }

    /// <summary>The decoded image of dataset item <paramref name="item"/>, or <c>null</c> when it was not read or failed.</summary>
    /// <param name="item">A dataset item index.</param>
    public Mat? this[int item] => _images.GetValueOrDefault(item);

    /// <summary>Decodes <paramref name="items"/> (on all cores) and keeps them.</summary>
    /// <param name="streamer">Decodes the images.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Dataset item indices; keep the list short, every image stays in memory.</param>
    /// <param name="mode">Grayscale or colour.</param>
    public static DecodedImages Read(ImageStreamer streamer, ImageDataset dataset, IReadOnlyList<int> items, ImageReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(streamer);
        ArgumentNullException.ThrowIfNull(items);
        var distinct = items.Distinct().ToArray();
        var images = new ConcurrentDictionary<int, Mat>();
        var failed = streamer.ForEach(dataset, distinct, mode, () => new Stateless(), (_, position, image) => images[distinct[position]] = image.Clone());
        var decoded = new DecodedImages(failed.ToDictionary(pair => distinct[pair.Key], pair => pair.Value));
        foreach (var (item, image) in images)
        {
            decoded._images[item] = image;
        }

        return decoded;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        _images.Clear();
    }

    private sealed class Stateless : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
