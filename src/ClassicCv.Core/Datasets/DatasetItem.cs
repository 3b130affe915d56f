namespace ClassicCv.Datasets;

/// <summary>One labelled image of a dataset; its pixels are decoded only when needed.</summary>
/// <param name="Id">Stable identifier, unique in the dataset (a relative path or a file[index] form).</param>
/// <param name="Location">Where the pixels come from.</param>
/// <param name="Label">Zero-based class index into <see cref="ImageDataset.ClassNames"/>.</param>
/// <param name="PredefinedSplit">The split the dataset itself assigns, or <c>null</c> when it has none.</param>
public sealed record DatasetItem(string Id, ImageLocation Location, int Label, SplitRole? PredefinedSplit)
{
    /// <summary>
    /// The group the image belongs to (a patient, an object, a recording session: a manifest's <c>group</c> column, or a
    /// name given by <see cref="GroupNaming"/>), kept on one side of every split and fold; <c>null</c> for a group of its own.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>The values of a manifest's other columns (e.g. <c>site</c>, <c>device</c>), by lower-case column name; empty for other layouts.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = EmptyColumns;

    private static readonly IReadOnlyDictionary<string, string> EmptyColumns = new Dictionary<string, string>(StringComparer.Ordinal);
}
