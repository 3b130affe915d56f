using ClassicCv.Datasets;
using ClassicCv.Splitting;

namespace ClassicCv.Experiments;

/// <summary>
/// One contender of an experiment: something that learns to classify images. A feature pipeline
/// (extractor → transforms → learner) is one kind, an end-to-end network another; the experiment never knows which.
/// A trainer is immutable settings: <see cref="Prepare"/> returns the only thing that can train, and training returns
/// a new <see cref="TrainedContender"/> that holds everything training resolved, so no call order can be got wrong.
/// </summary>
public interface IImageClassifierTrainer
{
    /// <summary>The feature part of the contender's name (e.g. <c>hog</c>, or <see cref="EndToEnd.FeaturesName"/> for an end-to-end network).</summary>
    string FeaturesName { get; }

    /// <summary>The classifier part of the contender's name (e.g. <c>linear-svm</c>).</summary>
    string ClassifierName { get; }

    /// <summary>
    /// The settings the contender is given, as name=value pairs; they never change. What training resolves (e.g. the
    /// epochs a network ran, the weight each class got) is in <see cref="TrainedContender.Settings"/>.
    /// </summary>
    IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// Does the work every contender with the same features shares (e.g. extracting features of all images)
    /// and reports images that could not be decoded, so that every contender is measured on the same images.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; only its training part may be used to fit anything.</param>
    /// <returns>The prepared contender, the only thing that trains it.</returns>
    IPreparedContender Prepare(ImageDataset dataset, DataSplit split);
}
