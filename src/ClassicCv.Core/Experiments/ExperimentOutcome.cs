using ClassicCv.Datasets;
using ClassicCv.Evaluation;
using ClassicCv.Splitting;

namespace ClassicCv.Experiments;

/// <summary>What <see cref="ExperimentRunner"/> measured, before it is put into a <see cref="RunSummary"/>.</summary>
/// <param name="Split">The split actually used (images that failed to decode removed).</param>
/// <param name="Results">One result per contender, in order.</param>
/// <param name="Failed">Images that failed to decode, with the reason.</param>
/// <param name="Notes">Notes the contenders raised while preparing (each once).</param>
public sealed record ExperimentOutcome(DataSplit Split, IReadOnlyList<PipelineResult> Results, IReadOnlyList<SkippedImage> Failed, IReadOnlyList<string> Notes)
{
    /// <summary>The test images, in the order of every result's predictions.</summary>
    public IReadOnlyList<TestImage> TestImages { get; init; } = [];

    /// <summary>Every contender compared with the most accurate one.</summary>
    public IReadOnlyList<PairwiseTest> PairwiseTests { get; init; } = [];
}
