using System.Collections.Concurrent;
using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Features;

/// <summary>
/// The reference size extractors are fitted for: the most common size among a sample of training images spread over
/// the whole training split, so one odd image (a 1×1 pixel among 32×32 photos) never decides the geometry, wherever it
/// sorts. Sampled images of another size are named in a note; every image is resized to the extractor's size.
/// </summary>
/// <param name="Size">The most common width and height, in pixels.</param>
/// <param name="Notes">What the user should know about sampled images of other sizes (empty when all agree).</param>
public sealed record ReferenceImages((int Width, int Height) Size, IReadOnlyList<string> Notes)
{
    /// <summary>Training images sampled (evenly spaced over the split).</summary>
    public const int SampleSize = 32;

    /// <summary>Samples the training images and takes the most common size (ties: the size seen first).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="trainItems">The training items.</param>
    /// <exception cref="Errors.UserInputException">None of the sampled images can be decoded.</exception>
    public static ReferenceImages Of(ImageDataset dataset, IReadOnlyList<int> trainItems)
    {
        var count = Math.Min(SampleSize, trainItems.Count);
        var sample = Enumerable.Range(0, count).Select(i => trainItems[(int)((long)i * trainItems.Count / count)]).Distinct().ToArray();
        var sizes = new ConcurrentDictionary<int, (int Width, int Height)>();
        var files = new List<int>();
        for (var position = 0; position < sample.Length; position++)
        {
            switch (dataset.Items[sample[position]].Location)
            {
                case IdxImageLocation idx:
                    sizes[position] = (idx.Columns, idx.Rows);
                    break;
                case GridCellLocation cell:
                    sizes[position] = (cell.CellWidth, cell.CellHeight);
                    break;
                default:
                    files.Add(position);
                    break;
            }
        }

        // Only image files are decoded for their size, a few at a time (one may be a 20000×20000 photo).
        new ImageStreamer(Math.Min(4, Environment.ProcessorCount)).ForEach(dataset, files.Select(p => sample[p]).ToArray(), ImageReadMode.Grayscale, () => new NoWorkerState(),
            (_, i, image) => sizes[files[i]] = (image.Width, image.Height));
        if (sizes.IsEmpty)
        {
            throw new Errors.UserInputException($"Dataset '{dataset.Source}': none of the {sample.Length} training images sampled could be decoded (e.g. '{dataset.Items[sample[0]].Location.Describe()}'); expected readable images.");
        }

        var ordered = sizes.OrderBy(pair => pair.Key).ToArray();
        var size = ordered.GroupBy(pair => pair.Value).OrderByDescending(group => group.Count()).ThenBy(group => group.First().Key).First().Key;
        var odd = ordered.Where(pair => pair.Value != size).ToArray();
        IReadOnlyList<string> notes = odd.Length == 0 ? [] :
        [
            string.Create(CultureInfo.InvariantCulture,
                $"{odd.Length} of {ordered.Length} training images sampled are not {size.Width}×{size.Height} px, the most common size (e.g. '{dataset.Items[sample[odd[0].Key]].Location.Describe()}' is {odd[0].Value.Width}×{odd[0].Value.Height}); every image is resized to each extractor's size."),
        ];
        return new ReferenceImages(size, notes);
    }
}
