namespace ClassicCv.Datasets;

/// <summary>An image that was left out of the run, and why.</summary>
/// <param name="Path">The file (or file[index]) that was skipped.</param>
/// <param name="Reason">What was wrong with it.</param>
public sealed record SkippedImage(string Path, string Reason);
