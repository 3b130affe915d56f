namespace ClassicCv.Studies.Robustness;

/// <summary>What <c>--corruptions</c> measured: every pipeline on the same corrupted test images.</summary>
/// <param name="TestCount">Test images corrupted (the whole test split, or the stratified <c>--robustness-test-cap</c> subset).</param>
/// <param name="TestItems">Dataset item indices of those images.</param>
/// <param name="Seed">Seed of the subset, of the corruptions' randomness and of the bootstrap.</param>
/// <param name="Results">One row per pipeline × corruption × severity, in pipeline then corruption then severity order.</param>
/// <param name="Pipelines">One summary per pipeline measured, most robust first.</param>
/// <param name="Notes">Pipelines that could not be measured, and why.</param>
public sealed record RobustnessReport(int TestCount, IReadOnlyList<int> TestItems, int Seed, IReadOnlyList<CorruptionResult> Results, IReadOnlyList<PipelineRobustness> Pipelines, IReadOnlyList<string> Notes)
{
    /// <summary>The pipeline with the highest mean corruption accuracy, or <c>null</c> when none was measured.</summary>
    public string? MostRobust => Pipelines.Count == 0 ? null : Pipelines[0].Pipeline;
}
