namespace ClassicCv.Datasets;

/// <summary>
/// A labelled image dataset as metadata only: class names, items and where their pixels are.
/// No decoded image is held; images are decoded as they are streamed.
/// </summary>
/// <param name="Name">Display name (the folder name, or <c>digits</c>).</param>
/// <param name="Source">The path the dataset was read from.</param>
/// <param name="Format">The reader that recognised it (e.g. <c>image-folder</c>, <c>idx</c>).</param>
/// <param name="ClassNames">Class names, indexed by label.</param>
/// <param name="Items">Every usable image, in a deterministic order.</param>
/// <param name="Skipped">Images found but left out while reading, with the reason.</param>
/// <param name="Fingerprint">A hex digest of the dataset's content (labels, ids and image bytes).</param>
public sealed record ImageDataset(
    string Name,
    string Source,
    string Format,
    IReadOnlyList<string> ClassNames,
    IReadOnlyList<DatasetItem> Items,
    IReadOnlyList<SkippedImage> Skipped,
    string Fingerprint)
{
    /// <summary>True when every item carries a train/test assignment from the dataset itself.</summary>
    public bool HasPredefinedSplit => Items.Count > 0 && Items.All(item => item.PredefinedSplit is not null);

    /// <summary>The label of every item, in item order.</summary>
    public int[] Labels() => Items.Select(item => item.Label).ToArray();

    /// <summary>Every column of the manifest the dataset was read from, lower-case, in header order; empty for other layouts.</summary>
    public IReadOnlyList<string> ManifestColumns { get; init; } = [];

    /// <summary>True when at least one item names a group (<see cref="DatasetItem.Group"/>).</summary>
    public bool HasGroups => Items.Any(item => item.Group is not null);

    /// <summary>The group of every item, in item order, or <c>null</c> when no item names one.</summary>
    public IReadOnlyList<string?>? Groups() => HasGroups ? Items.Select(item => item.Group).ToArray() : null;
}
