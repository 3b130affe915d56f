using System.Collections.Concurrent;
using ClassicCv.Datasets;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>
/// Streams images through a callback on all cores: decode → use → dispose, so no dataset of decoded images is
/// ever held. Chunks of consecutive items are handed out in order (IDX pixels are read in that order under a lock),
/// and OpenCV's own thread pool is held at one thread meanwhile so the cores are not oversubscribed.
/// </summary>
public sealed class ImageStreamer
{
    private const int ChunkSize = 64;

    /// <summary>Creates a streamer.</summary>
    /// <param name="degreeOfParallelism">Worker threads (≥ 1); defaults to the processor count.</param>
    public ImageStreamer(int? degreeOfParallelism = null)
    {
        DegreeOfParallelism = degreeOfParallelism ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DegreeOfParallelism);
    }

    /// <summary>Number of worker threads.</summary>
    public int DegreeOfParallelism { get; }

    /// <summary>Receives the count of images handled after every chunk of every pass (from worker threads); <c>null</c> for none.</summary>
    public IProgress<StreamProgress>? Progress { get; init; }

    /// <summary>Decodes each item and passes it to <paramref name="body"/> on one of the workers.</summary>
    /// <typeparam name="TWorker">Per-thread state (e.g. a feature extractor's native objects), disposed at the end.</typeparam>
    /// <param name="dataset">The dataset.</param>
    /// <param name="items">Item indices to stream; <paramref name="body"/> receives the position in this list.</param>
    /// <param name="mode">Grayscale or colour.</param>
    /// <param name="createWorker">Creates one worker state per thread.</param>
    /// <param name="body">Uses one decoded image; must not keep it (it is disposed after the call).</param>
    /// <returns>Positions (in <paramref name="items"/>) of images that could not be decoded, with the reason.</returns>
    public IReadOnlyDictionary<int, SkippedImage> ForEach<TWorker>(
        ImageDataset dataset,
        IReadOnlyList<int> items,
        ImageReadMode mode,
        Func<TWorker> createWorker,
        Action<TWorker, int, Mat> body)
        where TWorker : IDisposable
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(createWorker);
        ArgumentNullException.ThrowIfNull(body);
        var failed = new ConcurrentDictionary<int, SkippedImage>();
        var gate = new object();
        var nextChunk = 0;
        var done = 0;
        var idxReaders = new Dictionary<string, IdxPixelReader>(StringComparer.Ordinal);
        var openCvThreads = Cv2.GetNumThreads();
        Cv2.SetNumThreads(1);
        using var decoder = new ImageDecoder();
        try
        {
            var workers = Math.Min(DegreeOfParallelism, Math.Max(1, (items.Count + ChunkSize - 1) / ChunkSize));
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
            {
                using var worker = createWorker();
                while (true)
                {
                    int start;
                    byte[]?[] pixels;
                    lock (gate)
                    {
                        start = nextChunk * ChunkSize;
                        if (start >= items.Count)
                        {
                            return;
                        }

                        nextChunk++;
                        pixels = ReadIdxPixels(dataset, items, start, idxReaders);
                    }

                    for (var position = start; position < Math.Min(start + ChunkSize, items.Count); position++)
                    {
                        var item = dataset.Items[items[position]];
                        using var image = decoder.TryDecode(item.Location, mode, pixels[position - start], out var reason);
                        if (image is null)
                        {
                            failed[position] = new SkippedImage(item.Location.Describe(), reason);
                            continue;
                        }

                        body(worker, position, image);
                    }

                    Progress?.Report(new StreamProgress(Interlocked.Add(ref done, Math.Min(ChunkSize, items.Count - start)), items.Count));
                }
            });
        }
        finally
        {
            Cv2.SetNumThreads(openCvThreads);
            foreach (var reader in idxReaders.Values)
            {
                reader.Dispose();
            }
        }

        return failed;
    }

    private static byte[]?[] ReadIdxPixels(ImageDataset dataset, IReadOnlyList<int> items, int start, Dictionary<string, IdxPixelReader> readers)
    {
        var pixels = new byte[]?[Math.Min(ChunkSize, items.Count - start)];
        for (var i = 0; i < pixels.Length; i++)
        {
            if (dataset.Items[items[start + i]].Location is IdxImageLocation idx)
            {
                if (!readers.TryGetValue(idx.ImagesPath, out var reader))
                {
                    reader = new IdxPixelReader(idx.ImagesPath, idx.Rows, idx.Columns);
                    readers[idx.ImagesPath] = reader;
                }

                pixels[i] = reader.Read(idx.Index);
            }
        }

        return pixels;
    }
}
