using ClassicCv.Errors;

namespace ClassicCv.Datasets.Readers;

/// <summary>Checks every reader applies once the items are known.</summary>
internal static class DatasetValidation
{
    /// <summary>The fewest images a class may have: one to train on and one to test on.</summary>
    public const int MinimumImagesPerClass = 2;

    /// <summary>Rejects an empty dataset and classes with fewer than <see cref="MinimumImagesPerClass"/> images.</summary>
    public static void Validate(string path, IReadOnlyList<string> classNames, IReadOnlyList<DatasetItem> items)
    {
        if (items.Count == 0)
        {
            throw new UserInputException($"Dataset '{path}' contains no readable images; expected at least {MinimumImagesPerClass} images per class.");
        }

        var counts = new int[classNames.Count];
        foreach (var item in items)
        {
            counts[item.Label]++;
        }

        var thin = Enumerable.Range(0, counts.Length).Where(label => counts[label] < MinimumImagesPerClass).ToArray();
        if (thin.Length > 0)
        {
            var list = string.Join(", ", thin.Select(label => $"'{classNames[label]}' ({counts[label]})"));
            throw new UserInputException($"Dataset '{path}': class {list} has fewer than {MinimumImagesPerClass} images; every class needs at least {MinimumImagesPerClass} (one to train, one to test).");
        }
    }
}
