using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Errors;

namespace ClassicCv.Splitting;

/// <summary>What must hold of a split before any work starts, and what the user should be warned about.</summary>
public static class SplitChecks
{
    /// <summary>
    /// Refuses a split with no training or no test images, and cross-validation folds the smallest class cannot fill;
    /// warns about classes only the test split has (their images can never be predicted right), or refuses them when
    /// <paramref name="strict"/>.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split to be run.</param>
    /// <param name="strict">Refuse, instead of warning, when a class has test images but no training images.</param>
    /// <param name="cvFolds">The folds of a grid search's cross-validation, or <c>null</c> when none runs.</param>
    /// <returns>The warnings, one sentence each.</returns>
    /// <exception cref="UserInputException">The split cannot give a meaningful result.</exception>
    public static IReadOnlyList<string> Check(ImageDataset dataset, DataSplit split, bool strict, int? cvFolds)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(split);
        if (split.Test.Count == 0)
        {
            throw new UserInputException($"Dataset '{dataset.Source}' has no test images ({split.Description}); expected at least one, e.g. images in its test/<class>/ folders.");
        }

        if (split.Train.Count == 0)
        {
            throw new UserInputException($"Dataset '{dataset.Source}' has no training images ({split.Description}); expected at least one, e.g. images in its train/<class>/ folders.");
        }

        var trainCounts = Counts(dataset, split.Train);
        var testCounts = Counts(dataset, split.Test);
        var warnings = new List<string>();
        var testOnly = Enumerable.Range(0, dataset.ClassNames.Count).Where(label => trainCounts[label] == 0 && testCounts[label] > 0).ToArray();
        if (testOnly.Length > 0)
        {
            var list = string.Join(", ", testOnly.Select(label => string.Create(CultureInfo.InvariantCulture, $"'{dataset.ClassNames[label]}' ({testCounts[label]} test images)")));
            var message = $"class {list} has test images but no training images, so no pipeline can ever predict {(testOnly.Length == 1 ? "it" : "them")} right";
            if (strict)
            {
                throw new UserInputException($"Dataset '{dataset.Source}': {message}; --strict refuses such a split (add training images of that class, or leave out --strict to run with a warning).");
            }

            warnings.Add($"{message}; its test images count as errors for every pipeline.");
        }

        if (cvFolds is { } folds)
        {
            var trained = Enumerable.Range(0, dataset.ClassNames.Count).Where(label => trainCounts[label] > 0).ToArray();
            var smallest = trained.MinBy(label => trainCounts[label]);
            if (trained.Length > 0 && trainCounts[smallest] < folds)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                    $"--cv-folds is {folds}, but class '{dataset.ClassNames[smallest]}' has only {trainCounts[smallest]} training images; expected at most {trainCounts[smallest]} folds so that every fold holds each class (or more training images)."));
            }
        }

        if (dataset.HasGroups)
        {
            CheckGroups(dataset, split, cvFolds, warnings);
        }

        return warnings;
    }

    /// <summary>Groups on both sides of a split the dataset brought (which a group-aware hold-out never makes), and too few training groups for the folds.</summary>
    private static void CheckGroups(ImageDataset dataset, DataSplit split, int? cvFolds, List<string> warnings)
    {
        static string GroupOf(ImageDataset dataset, int item) => dataset.Items[item].Group ?? $"\0{item}";
        var trainGroups = split.Train.Select(item => GroupOf(dataset, item)).ToHashSet(StringComparer.Ordinal);
        var straddling = split.Test.Select(item => GroupOf(dataset, item)).Where(trainGroups.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (straddling.Length > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{straddling.Length} groups have images on both sides of the split ({split.Description}), e.g. '{straddling[0]}'; their test images are not independent of training."));
        }

        if (cvFolds is { } folds && trainGroups.Count < folds)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"--cv-folds is {folds}, but the training images of dataset '{dataset.Source}' form only {trainGroups.Count} groups and every group stays in one fold; expected at most {trainGroups.Count} folds (or more groups)."));
        }
    }

    private static int[] Counts(ImageDataset dataset, IReadOnlyList<int> items)
    {
        var counts = new int[dataset.ClassNames.Count];
        foreach (var item in items)
        {
            counts[dataset.Items[item].Label]++;
        }

        return counts;
    }
}
