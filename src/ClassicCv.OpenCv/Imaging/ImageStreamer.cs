using System.Collections.Concurrent;
using ClassicCv.Datasets;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Imaging;

/// <summary>
/// Streams images through a callback on all cores: decode → use → dispose, so no dataset of decoded images is
/// ever held. A reader thread hands out chunks of consecutive items in order (reading IDX pixels in that order) through a
/// small bounded queue, so memory stays bounded and workers never wait on each other,
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

    /// <summary>
    /// The same workers, reporting a pass as part of a larger one: its images counted from <paramref name="offset"/>
    /// of <paramref name="total"/>. For callers that stream one pass in chunks, so the progress goes from 0 to
    /// <paramref name="total"/> once instead of once per chunk.
    /// </summary>
    /// <param name="offset">Images of the larger pass already handled (0 to <paramref name="total"/>).</param>
    /// <param name="total">Images in the larger pass.</param>
    public ImageStreamer PartOf(int offset, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, offset);
        return Progress is null ? this : new ImageStreamer(DegreeOfParallelism) { Progress = new PartProgress(Progress, offset, total) };
    }

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
        var done = 0;
        var openCvThreads = Cv2.GetNumThreads();
        Cv2.SetNumThreads(1);
        var workers = Math.Min(DegreeOfParallelism, Math.Max(1, (items.Count + ChunkSize - 1) / ChunkSize));
        using var chunks = new BlockingCollection<Chunk>(boundedCapacity: 4 * workers);
        using var stop = new CancellationTokenSource();
        using var decoder = new ImageDecoder();
        var reader = Task.Factory.StartNew(() => ReadChunks(dataset, items, chunks, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
            {
                try
                {
                    using var worker = createWorker();
                    foreach (var chunk in chunks.GetConsumingEnumerable(stop.Token))
                    {
                        for (var i = 0; i < chunk.Count; i++)
                        {
                            var position = chunk.Start + i;
                            var item = dataset.Items[items[position]];
                            using var image = decoder.TryDecode(item.Location, mode, chunk.Pixels[i], out var reason);
                            if (image is null)
                            {
                                failed[position] = new SkippedImage(item.Location.Describe(), reason);
                                continue;
                            }

                            body(worker, position, image);
                        }

                        Progress?.Report(new StreamProgress(Interlocked.Add(ref done, chunk.Count), items.Count));
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    stop.Cancel();
                    throw;
                }
            });
        }
        finally
        {
            stop.Cancel();
            Cv2.SetNumThreads(openCvThreads);
            reader.Wait(CancellationToken.None);
        }

        return failed;
    }

    /// <summary>
    /// Hands out chunks of consecutive positions on a reader thread; IDX pixels are read here, in order, so the
    /// workers never wait on each other for a lock while the file is decompressed.
    /// </summary>
    private static void ReadChunks(ImageDataset dataset, IReadOnlyList<int> items, BlockingCollection<Chunk> chunks, CancellationToken stop)
    {
        var readers = new Dictionary<string, IdxPixelReader>(StringComparer.Ordinal);
        try
        {
            for (var start = 0; start < items.Count && !stop.IsCancellationRequested; start += ChunkSize)
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

                chunks.Add(new Chunk(start, pixels.Length, pixels), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A worker failed or the run ended: stop reading.
        }
        finally
        {
            chunks.CompleteAdding();
            foreach (var reader in readers.Values)
            {
                reader.Dispose();
            }
        }
    }

    private sealed record Chunk(int Start, int Count, byte[]?[] Pixels);

    private sealed class PartProgress(IProgress<StreamProgress> whole, int offset, int total) : IProgress<StreamProgress>
    {
        public void Report(StreamProgress value) => whole.Report(new StreamProgress(offset + value.Done, total));
    }
}
