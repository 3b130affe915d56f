using ClassicCv.Datasets;
using ClassicCv.Evaluation;

namespace ClassicCv.Experiments;

/// <summary>Everything a run found, computed once; exporters only render it.</summary>
public sealed partial record RunSummary
{
    /// <summary>The run's id (sorts by time).</summary>
    public required string RunId { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>Wall seconds of the whole run.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>The command line that reproduces the run.</summary>
    public required string CommandLine { get; init; }

    /// <summary>The seed every random step used.</summary>
    public required int Seed { get; init; }

    /// <summary>The dataset.</summary>
    public required DatasetSummary Dataset { get; init; }

    /// <summary>How the split was made.</summary>
    public required string SplitDescription { get; init; }

    /// <summary>Images in the training split (after skipped images were removed).</summary>
    public required int TrainCount { get; init; }

    /// <summary>Images in the test split (after skipped images were removed).</summary>
    public required int TestCount { get; init; }

    /// <summary>One result per contender, in the order they ran.</summary>
    public required IReadOnlyList<PipelineResult> Pipelines { get; init; }

    /// <summary>Images left out (not images, or failed to decode), with the reason.</summary>
    public required IReadOnlyList<SkippedImage> Skipped { get; init; }

    /// <summary>Warnings the run raised.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Versions of ClassicCv, the runtime and the libraries that did the work.</summary>
    public required IReadOnlyDictionary<string, string> Versions { get; init; }

    /// <summary>The test images, in the order of every pipeline's <see cref="PipelineResult.TestPredictions"/>.</summary>
    public IReadOnlyList<TestImage> TestImages { get; init; } = [];

    /// <summary>Every pipeline compared with the most accurate one (McNemar's test).</summary>
    public IReadOnlyList<PairwiseTest> PairwiseTests { get; init; } = [];

    /// <summary>Bootstrap resamples behind the confidence intervals (0 when none were computed).</summary>
    public int BootstrapResamples { get; init; }

    /// <summary>Peak working set of the process during the run, in bytes (0 when unmeasured).</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>The <c>--corruptions</c> robustness study, or <c>null</c> when none was asked for.</summary>
    public Studies.Robustness.RobustnessReport? Robustness { get; init; }

    /// <summary>The <c>--learning-curve</c> study, or <c>null</c> when none was asked for.</summary>
    public Studies.LearningCurves.LearningCurveReport? LearningCurve { get; init; }
}
