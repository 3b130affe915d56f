namespace ClassicCv.Datasets;

/// <summary>One labelled image of a dataset; its pixels are decoded only when needed.</summary>
/// <param name="Id">Stable identifier, unique in the dataset (a relative path or a file[index] form).</param>
/// <param name="Location">Where the pixels come from.</param>
/// <param name="Label">Zero-based class index into <see cref="ImageDataset.ClassNames"/>.</param>
/// <param name="PredefinedSplit">The split the dataset itself assigns, or <c>null</c> when it has none.</param>
public sealed record DatasetItem(string Id, ImageLocation Location, int Label, SplitRole? PredefinedSplit);
