namespace ClassicCv.Experiments;

/// <summary>Receives progress from an experiment (for a console, a log, or nothing).</summary>
public interface IExperimentObserver
{
    /// <summary>A stage starts (e.g. <c>extracting hog</c>).</summary>
    /// <param name="description">What is being done, in a few words.</param>
    void StageStarted(string description);

    /// <summary>A contender has been measured.</summary>
    /// <param name="result">Its result.</param>
    void PipelineFinished(PipelineResult result);
}
