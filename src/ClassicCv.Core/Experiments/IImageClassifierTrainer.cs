using ClassicCv.Datasets;
using ClassicCv.Splitting;

namespace ClassicCv.Experiments;

/// <summary>
/// One contender of an experiment: something that learns to classify images. A feature pipeline
/// (extractor → transforms → learner) is one kind, an end-to-end network another; the experiment never knows which.
/// </summary>
public interface IImageClassifierTrainer
{
    /// <summary>The feature part of the contender's name (e.g. <c>hog</c>, or <see cref="EndToEnd.FeaturesName"/> for an end-to-end network).</summary>
    string FeaturesName { get; }

    /// <summary>The classifier part of the contender's name (e.g. <c>linear-svm</c>).</summary>
    string ClassifierName { get; }

    /// <summary>The contender's settings as name=value pairs, for reports.</summary>
    IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// Does the work every contender with the same features shares (e.g. extracting features of all images)
    /// and reports images that could not be decoded, so that every contender is measured on the same images.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="split">The split; only its training part may be used to fit anything.</param>
    Preparation Prepare(ImageDataset dataset, DataSplit split);

    /// <summary>Learns from the training items.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="trainItems">Indices of the items to learn from.</param>
    IImageClassifier Train(ImageDataset dataset, IReadOnlyList<int> trainItems);
}
