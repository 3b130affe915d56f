using ClassicCv.Datasets;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using OpenCvSharp;

namespace ClassicCv.TestSupport;

/// <summary>Tiny image datasets written as PNG files to a temporary folder, deleted on dispose.</summary>
public sealed class SyntheticDataset : IDisposable
{
    private SyntheticDataset(string folder, ImageDataset dataset)
    {
        Folder = folder;
        Dataset = dataset;
    }

    /// <summary>The temporary folder holding the PNG files.</summary>
    public string Folder { get; }

    /// <summary>The dataset over those files (classes <c>a</c> and <c>b</c>).</summary>
    public ImageDataset Dataset { get; }

    /// <summary>Every item index, in order.</summary>
    public IReadOnlyList<int> AllItems => Enumerable.Range(0, Dataset.Items.Count).ToArray();

    /// <summary>Writes the images (label = index % 2) and builds the dataset.</summary>
    /// <param name="images">The images, in item order (not disposed here).</param>
    public static SyntheticDataset Of(IReadOnlyList<Mat> images)
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-test-").FullName;
        var items = new List<DatasetItem>();
        for (var i = 0; i < images.Count; i++)
        {
            var path = Path.Combine(folder, $"{i:D4}.png");
            Cv2.ImWrite(path, images[i]);
            items.Add(new DatasetItem($"{i:D4}.png", new FileImageLocation(path), i % 2, null));
        }

        string[] classes = ["a", "b"];
        var dataset = new ImageDataset("synthetic", folder, "image-folder", classes, items, [], DatasetFingerprint.Compute(classes, items));
        return new SyntheticDataset(folder, dataset);
    }

    /// <summary>Seeded random-texture images (blurred noise), grayscale or colour.</summary>
    /// <param name="count">Images to write.</param>
    /// <param name="size">Width and height in pixels.</param>
    /// <param name="color">Three channels (BGR) rather than one.</param>
    /// <param name="seed">Seed of the noise.</param>
    public static SyntheticDataset Textures(int count, int size, bool color, int seed)
    {
        var random = new Random(seed);
        var images = new List<Mat>();
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[size * size * (color ? 3 : 1)];
            random.NextBytes(bytes);
            using var noise = Mat.FromPixelData(size, size, color ? MatType.CV_8UC3 : MatType.CV_8UC1, bytes);
            var image = new Mat();
            Cv2.GaussianBlur(noise, image, new Size(5, 5), 1.2);
            images.Add(image);
        }

        try
        {
            return Of(images);
        }
        finally
        {
            images.ForEach(image => image.Dispose());
        }
    }

    /// <summary>A fit context over every item, at the first image's size.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="cache">The feature cache, or <c>null</c> for none.</param>
    public FeatureFitContext FitContext(int seed = 7, FeatureCache? cache = null) =>
        new(Dataset, AllItems, Dataset.Items.Count == 0 ? 0 : Width(), Height(), seed, new ImageStreamer(1)) { Cache = cache };

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private int Width()
    {
        using var first = Cv2.ImRead(((FileImageLocation)Dataset.Items[0].Location).Path, ImreadModes.Unchanged);
        return first.Width;
    }

    private int Height()
    {
        using var first = Cv2.ImRead(((FileImageLocation)Dataset.Items[0].Location).Path, ImreadModes.Unchanged);
        return first.Height;
    }
}
