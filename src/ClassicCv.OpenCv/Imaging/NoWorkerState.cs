namespace ClassicCv.OpenCv.Imaging;

/// <summary>Per-thread state of an <see cref="ImageStreamer"/> stream that needs none.</summary>
public sealed class NoWorkerState : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
    }
}
