using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments.CrossValidation;
using ClassicCv.Splitting;

namespace ClassicCv.Runs;

/// <summary>What cross-validation (<c>--evaluation cv</c>) refuses before any work: options that assume one split, and folds a class cannot fill.</summary>
internal static class CrossValidationChecks
{
    /// <summary>Refuses options that make no sense without one fixed training and test split.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="storedFeatures">True when <c>--features parquet:DIR</c> names features extracted with their own split.</param>
    public static void RequireCompatible(Experiment experiment, bool storedFeatures)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var conflict =
            storedFeatures ? $"--features '{experiment.Features}' (stored features come with their own split)"
            : experiment.LearningCurve.Length > 0 ? $"--learning-curve '{experiment.LearningCurve}' (it tests every size on one fixed test split)"
            : experiment.Corruptions.Length > 0 ? $"--corruptions '{experiment.Corruptions}' (it corrupts one fixed test split)"
            : experiment.MaxTrainPerClass is not null ? $"--max-train-per-class {experiment.MaxTrainPerClass} (it caps one fixed training split)"
            : experiment.SaveModels ? "--save-models (every fold trains its own models, and none is the model of the run)"
            : experiment.DropLeaked ? "--drop-leaked (it drops images from one fixed test split)"
            : null;
        if (conflict is not null)
        {
            throw new UserInputException($"--evaluation '{experiment.Evaluation}' cannot be combined with {conflict}; expected --evaluation holdout for that, or leave the option out.");
        }
    }

    /// <summary>The first fold of the protocol over every image of the dataset, after checking that every class can fill every fold.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="dataset">The dataset (a predefined split is pooled: every image is cross-validated).</param>
    public static DataSplit FirstFold(CrossValidationProtocol protocol, ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(dataset);
        var labels = dataset.Labels();
        var counts = labels.GroupBy(l => l).Select(g => (Label: g.Key, Count: g.Count())).ToArray();
        if (counts.Length == 0)
        {
            throw new UserInputException($"Dataset '{dataset.Source}' has no images; expected labelled images to cross-validate.");
        }

        var smallest = counts.MinBy(c => c.Count);
        if (smallest.Count < protocol.Folds)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"--evaluation cv has folds={protocol.Folds}, but class '{dataset.ClassNames[smallest.Label]}' has only {smallest.Count} images; expected folds ≤ {smallest.Count} so that every fold tests each class (or more images of that class)."));
        }

        return protocol.Splits(Enumerable.Range(0, labels.Length).ToArray(), labels, dataset.Groups())[0].Split;
    }
}
