using ClassicCv.Learning;
using OpenCvSharp;

namespace ClassicCv.Serving;

/// <summary>
/// The images of one request waiting for a micro-batch. Exactly one of the waiting request (giving up) and a worker
/// (taking it into a batch) wins it, so a request that gave up never has its images used after it disposed them.
/// </summary>
internal sealed class BatchItem(IReadOnlyList<Mat> images)
{
    private const int Waiting = 0;
    private const int Taken = 1;
    private const int Withdrawn = 2;
    private readonly TaskCompletionSource<Predictions> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    /// <summary>The request's decoded images (owned by the request).</summary>
    public IReadOnlyList<Mat> Images { get; } = images;

    /// <summary>Completes with this request's rows of the batch's predictions.</summary>
    public Task<Predictions> Result => _result.Task;

    /// <summary>A worker takes the item into a batch; false when the request already gave up.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

    /// <summary>The request gives up; false when a worker already took the item (its result then comes soon).</summary>
    public bool TryWithdraw(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Withdrawn, Waiting) != Waiting)
        {
            return false;
        }

        _result.TrySetCanceled(cancellationToken);
        return true;
    }

    /// <summary>Hands this item its rows, <paramref name="offset"/> onward, of the batch's predictions.</summary>
    public void Complete(Predictions batch, int offset, int classes)
    {
        var count = Images.Count;
        var labels = batch.Labels.AsSpan(offset, count).ToArray();
        var scores = batch.Scores?.AsSpan(offset * classes, count * classes).ToArray();
        _result.TrySetResult(new Predictions(labels, scores, batch.ScoresAreProbabilities));
    }

    /// <summary>The batch failed: the request fails with the same error.</summary>
    public void Fail(Exception error) => _result.TrySetException(error);
}
