namespace ClassicCv.Experiments;

/// <summary>The honest-data parts of a run: the leakage audit and the slices.</summary>
public sealed partial record RunSummary
{
    /// <summary>The leakage audit of the split (on by default), or <c>null</c> when it was turned off or could not run.</summary>
    public Leakage.LeakageReport? Leakage { get; init; }

    /// <summary>The <c>--slice-by</c> study, or <c>null</c> when none was asked for.</summary>
    public Studies.Slices.SliceReport? Slices { get; init; }
}
