using System.Threading.Channels;
using ClassicCv.OpenCv.Pipelines;

namespace ClassicCv.Serving;

/// <summary>
/// The loaded instances of one model, one per worker: each has its own native OpenCV / ML.NET objects, and a request
/// borrows one for the time of its prediction, so no instance is ever used by two threads at once.
/// </summary>
public sealed class ModelWorkerPool : IDisposable
{
    private readonly Channel<IDecodedImageClassifier> _idle;
    private readonly List<IDecodedImageClassifier> _all;

    /// <summary>Takes ownership of <paramref name="instances"/> (disposed with the pool).</summary>
    /// <param name="instances">Independently loaded instances of the same model (at least one).</param>
    public ModelWorkerPool(IReadOnlyList<IDecodedImageClassifier> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentOutOfRangeException.ThrowIfZero(instances.Count);
        _all = [.. instances];
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

    /// <summary>Waits for an idle instance, runs <paramref name="work"/> with it on the calling thread, and returns it to the pool.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">Uses the instance; must not keep it.</param>
    /// <param name="cancellationToken">Gives up waiting (e.g. the request timed out or the client left).</param>
    public async ValueTask<T> RunAsync<T>(Func<IDecodedImageClassifier, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
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
        foreach (var instance in _all)
        {
            instance.Dispose();
        }
    }
}
