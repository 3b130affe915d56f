using ClassicCv.Features;

namespace ClassicCv.Learning;

/// <summary>A learner holds validated hyperparameters and learns; what it returns is an immutable model that predicts.</summary>
public interface ILearner
{
    /// <summary>The learner's command-line name (e.g. <c>linear-svm</c>).</summary>
    string Name { get; }

    /// <summary>The hyperparameters, as name=value pairs, for reports.</summary>
    IReadOnlyDictionary<string, string> Hyperparameters { get; }

    /// <summary>Learns a model.</summary>
    /// <param name="features">Training features, one row per example.</param>
    /// <param name="labels">Class index of every row, in 0 .. <paramref name="classCount"/> − 1.</param>
    /// <param name="classCount">Number of classes (some may be absent from the labels).</param>
    IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount);

    /// <summary>
    /// Learns a model, keeping every group on one side of any fold the learner cuts inside the training data (a grid
    /// search's cross-validation, a calibrator's cross-fitting). A learner that cuts no folds ignores the groups.
    /// </summary>
    /// <param name="features">Training features, one row per example.</param>
    /// <param name="labels">Class index of every row, in 0 .. <paramref name="classCount"/> − 1.</param>
    /// <param name="classCount">Number of classes (some may be absent from the labels).</param>
    /// <param name="groups">The group of every row (<c>null</c> entries are groups of their own), or <c>null</c> when the data has none.</param>
    IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, IReadOnlyList<string?>? groups) =>
        Learn(features, labels, classCount);
}
