using System.Collections.Concurrent;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.TestSupport;

/// <summary>Keeps every <see cref="StreamProgress"/> an <see cref="ImageStreamer"/> reports, in arrival order (thread-safe).</summary>
public sealed class ProgressRecorder : IProgress<StreamProgress>
{
    /// <summary>The reports so far.</summary>
    public ConcurrentQueue<StreamProgress> Reports { get; } = new();

    /// <inheritdoc />
    public void Report(StreamProgress value) => Reports.Enqueue(value);
}
