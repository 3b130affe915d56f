using ClassicCv.Datasets;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Splitting;

namespace ClassicCv.Torch.Training;

/// <summary>A trained network's preparation: decodes every image of the split once so the run knows which cannot be read.</summary>
internal static class NetworkPreparation
{
    /// <summary>The images of <paramref name="split"/> that do not decode.</summary>
    public static Preparation Of(ImageStreamer streamer, ImageDataset dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var items = split.Train.Concat(split.Test).ToArray();
        var failed = streamer.ForEach(dataset, items, ImageReadMode.Color, () => new EmptyState(), (_, _, _) => { });
        return new Preparation(0, 0, false, failed.ToDictionary(pair => items[pair.Key], pair => pair.Value));
    }

    private sealed class EmptyState : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
