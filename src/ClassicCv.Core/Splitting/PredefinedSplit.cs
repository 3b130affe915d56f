using ClassicCv.Datasets;

namespace ClassicCv.Splitting;

/// <summary>The split a dataset brings with it (train/test folders, IDX train/t10k files, a manifest's split column).</summary>
public static class PredefinedSplit
{
    /// <summary>Splits by each item's <see cref="DatasetItem.PredefinedSplit"/>.</summary>
    /// <param name="dataset">A dataset whose <see cref="ImageDataset.HasPredefinedSplit"/> is true.</param>
    public static DataSplit Of(ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.HasPredefinedSplit)
        {
            throw new ArgumentException($"Dataset '{dataset.Name}' has no predefined split.", nameof(dataset));
        }

        var indices = Enumerable.Range(0, dataset.Items.Count);
        return new DataSplit(
            indices.Where(i => dataset.Items[i].PredefinedSplit == SplitRole.Train).ToArray(),
            indices.Where(i => dataset.Items[i].PredefinedSplit == SplitRole.Test).ToArray(),
            "predefined by the dataset");
    }
}
