namespace ClassicCv.Studies.Slices;

/// <summary>The <c>--slice-by</c> study: every pipeline's figures per value of one manifest column.</summary>
/// <param name="Column">The sliced column (lower case).</param>
/// <param name="Results">One row per pipeline × slice value; pipelines in run order, values sorted ordinally.</param>
/// <param name="Alpha">Significance level of the flag after Holm's correction.</param>
public sealed record SliceReport(string Column, IReadOnlyList<SliceResult> Results, double Alpha)
{
    /// <summary>How a slice is flagged, in words (for reports).</summary>
    public const string Method = "one-sided Fisher exact test of the slice's accuracy against the rest of the test split, Holm-corrected over each pipeline's slices";
}
