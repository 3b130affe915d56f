using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Runs;

/// <summary>An observer that shows nothing: the run's warnings still reach its <c>run.json</c> and report.</summary>
public sealed class SilentRunObserver : IRunObserver
{
    /// <summary>The one instance.</summary>
    public static readonly SilentRunObserver Instance = new();

    private SilentRunObserver()
    {
    }

    /// <inheritdoc />
    public void StageStarted(string description)
    {
    }

    /// <inheritdoc />
    public void PipelineFinished(PipelineResult result)
    {
    }

    /// <inheritdoc />
    public void Report(StreamProgress value)
    {
    }

    /// <inheritdoc />
    public void Warning(string message)
    {
    }

    /// <inheritdoc />
    public void Detail(string text)
    {
    }

    /// <inheritdoc />
    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work();
    }
}
