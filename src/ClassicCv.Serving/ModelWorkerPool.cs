using System.Threading.Channels;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Pipelines;
using OpenCvSharp;

namespace ClassicCv.Serving;

/// <summary>
/// The loaded instances of one model, one per worker: each has its own native OpenCV / ML.NET objects, and a request
/// borrows one for the time of its prediction, so no instance is ever used by two threads at once. With micro-batching
/// (<see cref="ModelBatcher"/>) each instance instead has its own loop that classifies the images of several requests at once.
/// </summary>
public sealed class ModelWorkerPool : IDisposable
{
    private readonly Channel<IDecodedImageClassifier> _idle;
    private readonly List<IDecodedImageClassifier> _all;
    private readonly ModelBatcher? _batcher;

    /// <summary>Takes ownership of <paramref name="instances"/> (disposed with the pool).</summary>
    /// <param name="instances">Independently loaded instances of the same model (at least one).</param>
    /// <param name="batchWindow">With a value, requests are micro-batched (see <see cref="ModelBatcher"/>): how long a free worker waits for more.</param>
    /// <param name="maxBatch">Images at which a micro-batch stops gathering (≥ 1).</param>
    public ModelWorkerPool(IReadOnlyList<IDecodedImageClassifier> instances, TimeSpan? batchWindow = null, int maxBatch = 1)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentOutOfRangeException.ThrowIfZero(instances.Count);
        _all = [.. instances];
        if (batchWindow is { } window)
        {
            _batcher = new ModelBatcher(_all, window, maxBatch);
            _idle = Channel.CreateBounded<IDecodedImageClassifier>(1);
            return;
        }

        _idle = Channel.CreateBounded<IDecodedImageClassifier>(instances.Count);
        foreach (var instance in instances)
        {
            _idle.Writer.TryWrite(instance);
        }
    }

    /// <summary>Number of instances.</summary>
    public int Count => _all.Count;

    /// <summary>One instance, for what does not predict (class names, decoding mode).</summary>
    public IDecodedImageClassifier Any => _all[0];

    /// <summary>The micro-batcher, or <c>null</c> when each request is classified on its own.</summary>
    public ModelBatcher? Batcher => _batcher;

    /// <summary>Classifies one request's images: in the next micro-batch, or with the next idle instance.</summary>
    /// <param name="images">Decoded images; they must stay undisposed until this completes.</param>
    /// <param name="cancellationToken">Gives up waiting for a batch or an instance.</param>
    public async Task<Predictions> PredictAsync(IReadOnlyList<Mat> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        return _batcher is not null
            ? await _batcher.PredictAsync(images, cancellationToken).ConfigureAwait(false)
            : await RunAsync(instance => instance.Predict(images), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for an idle instance, runs <paramref name="work"/> with it on the calling thread, and returns it to the pool.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">Uses the instance; must not keep it.</param>
    /// <param name="cancellationToken">Gives up waiting (e.g. the request timed out or the client left).</param>
    public async ValueTask<T> RunAsync<T>(Func<IDecodedImageClassifier, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_batcher is not null)
        {
            throw new InvalidOperationException("The instances of a micro-batched pool belong to its batching loops; call PredictAsync.");
        }

        var instance = await _idle.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return work(instance);
        }
        finally
        {
            _idle.Writer.TryWrite(instance);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _idle.Writer.TryComplete();
        if (_batcher is not null)
        {
            _batcher.Dispose();
            return;
        }

        foreach (var instance in _all)
        {
            instance.Dispose();
        }
    }
}
