namespace ClassicCv.Cli.Exporting;

/// <summary>Identity of one exported image (its features are the matrix row of the same position).</summary>
/// <param name="Id">The item's id in the dataset.</param>
/// <param name="Path">Where its pixels come from.</param>
/// <param name="Split"><c>train</c> or <c>test</c>.</param>
/// <param name="Label">Zero-based class index.</param>
/// <param name="ClassName">Class name.</param>
internal sealed record FeatureRow(string Id, string Path, string Split, int Label, string ClassName);
