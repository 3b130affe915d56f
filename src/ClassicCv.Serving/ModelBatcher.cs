using System.Threading.Channels;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Serving;

/// <summary>
/// Server-side micro-batching: the images of concurrent requests for one model are classified together, in one
/// <see cref="IDecodedImageClassifier.Predict(IReadOnlyList{Mat})"/> call per worker instance (one forward pass of a
/// network), and each request gets exactly its own rows back. A worker that becomes free takes every request already
/// waiting, then waits up to the window for more, until the batch holds <see cref="MaxImages"/> images.
/// </summary>
public sealed class ModelBatcher : IDisposable
{
    private readonly Channel<BatchItem> _waiting = Channel.CreateUnbounded<BatchItem>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly List<IDecodedImageClassifier> _instances;
    private readonly Task[] _workers;
    private readonly int _classes;

    /// <summary>Starts one batching loop per instance; takes ownership of <paramref name="instances"/> (disposed with the batcher).</summary>
    /// <param name="instances">Independently loaded instances of the same model (at least one).</param>
    /// <param name="window">How long a free worker waits for more requests once it has one (zero: only those already waiting).</param>
    /// <param name="maxImages">Images at which a batch stops gathering (≥ 1; one request's images are never split).</param>
    public ModelBatcher(IReadOnlyList<IDecodedImageClassifier> instances, TimeSpan window, int maxImages)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentOutOfRangeException.ThrowIfZero(instances.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxImages);
        _instances = [.. instances];
        _classes = instances[0].ClassNames.Count;
        Window = window;
        MaxImages = maxImages;
        _workers = [.. _instances.Select(instance => Task.Run(() => RunAsync(instance)))];
    }

    /// <summary>How long a free worker waits for more requests.</summary>
    public TimeSpan Window { get; }

    /// <summary>Images at which a batch stops gathering.</summary>
    public int MaxImages { get; }

    /// <summary>Requests waiting for a batch now.</summary>
    public int Waiting => _waiting.Reader.Count;

    /// <summary>Classifies <paramref name="images"/> in the next batch; they must stay undisposed until this completes.</summary>
    /// <param name="images">One request's decoded images.</param>
    /// <param name="cancellationToken">Gives up while the images still wait for a batch (not once a batch holds them).</param>
    public async Task<Predictions> PredictAsync(IReadOnlyList<Mat> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        var item = new BatchItem(images);
        if (!_waiting.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(ModelBatcher));
        }

        using (cancellationToken.Register(() => item.TryWithdraw(cancellationToken)))
        {
            return await item.Result.ConfigureAwait(false);
        }
    }

    /// <summary>Finishes the requests already waiting, then disposes the instances.</summary>
    public void Dispose()
    {
        _waiting.Writer.TryComplete();
        Task.WaitAll(_workers);
        _instances.ForEach(instance => instance.Dispose());
    }

    private async Task RunAsync(IDecodedImageClassifier instance)
    {
        var reader = _waiting.Reader;
        var batch = new List<BatchItem>();
        var images = new List<Mat>();
        var window = new CancellationTokenSource();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            Gather(reader, batch, images);
            if (batch.Count > 0 && images.Count < MaxImages && Window > TimeSpan.Zero)
            {
                // A window that ran out cannot be reset; the next one needs a new source.
                if (!window.TryReset())
                {
                    window.Dispose();
                    window = new CancellationTokenSource();
                }

                window.CancelAfter(Window);
                try
                {
                    while (images.Count < MaxImages && await reader.WaitToReadAsync(window.Token).ConfigureAwait(false))
                    {
                        Gather(reader, batch, images);
                    }
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested)
                {
                    // The window is over: classify what was gathered.
                }
            }

            Classify(instance, batch, images);
        }

        window.Dispose();
    }

    private void Gather(ChannelReader<BatchItem> reader, List<BatchItem> batch, List<Mat> images)
    {
        while (images.Count < MaxImages && reader.TryRead(out var item))
        {
            if (item.TryTake())
            {
                batch.Add(item);
                images.AddRange(item.Images);
            }
        }
    }

    private void Classify(IDecodedImageClassifier instance, List<BatchItem> batch, List<Mat> images)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var predictions = instance.Predict(images);
            var offset = 0;
            foreach (var item in batch)
            {
                item.Complete(predictions, offset, _classes);
                offset += item.Images.Count;
            }
        }
        catch (Exception error)
        {
            batch.ForEach(item => item.Fail(error));
        }
        finally
        {
            batch.Clear();
            images.Clear();
        }
    }
}
