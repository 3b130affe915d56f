namespace ClassicCv.Datasets;

/// <summary>
/// Names each image's group from its file name: the name up to the first <see cref="Separator"/>
/// (<c>patient12_scan3.png</c> → <c>patient12</c>; a name without the separator is a group of its own, named by the
/// file name without its extension). For image folders and IDX-free layouts whose file names carry the group.
/// </summary>
public sealed class GroupNaming
{
    /// <summary>Creates the rule.</summary>
    /// <param name="separator">The text that ends the group's name inside a file name; not empty.</param>
    public GroupNaming(string separator)
    {
        ArgumentException.ThrowIfNullOrEmpty(separator);
        Separator = separator;
    }

    /// <summary>The text that ends the group's name.</summary>
    public string Separator { get; }

    /// <summary>The group named by one item's id (a relative path: only its file name counts).</summary>
    /// <param name="id">The item's id, e.g. <c>cat/patient12_scan3.png</c>.</param>
    public string GroupOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var name = id.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var end = name.IndexOf(Separator, StringComparison.Ordinal);
        return end > 0 ? name[..end] : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>The dataset with every item's <see cref="DatasetItem.Group"/> named by this rule (any group it had is replaced).</summary>
    /// <param name="dataset">The dataset.</param>
    public ImageDataset Apply(ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset with { Items = dataset.Items.Select(item => item with { Group = GroupOf(item.Id) }).ToArray() };
    }
}
