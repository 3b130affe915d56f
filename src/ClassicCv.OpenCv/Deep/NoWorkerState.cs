namespace ClassicCv.OpenCv.Deep;

/// <summary>Per-thread state of a stream that needs none.</summary>
internal sealed class NoWorkerState : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
    }
}
