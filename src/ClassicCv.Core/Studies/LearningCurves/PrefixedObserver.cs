using ClassicCv.Experiments;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>Forwards stage messages with a prefix (e.g. the learning-curve size) and keeps finished pipelines off the leaderboard output.</summary>
internal sealed class PrefixedObserver(IExperimentObserver inner, string prefix) : IExperimentObserver
{
    /// <inheritdoc />
    public void StageStarted(string description) => inner.StageStarted(prefix + description);

    /// <inheritdoc />
    public void PipelineFinished(PipelineResult result)
    {
    }
}
