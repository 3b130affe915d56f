using ClassicCv.Datasets;
using ClassicCv.Learning;

namespace ClassicCv.Experiments;

/// <summary>A trained image classifier of any kind. Disposing releases its native resources.</summary>
public interface IImageClassifier : IDisposable
{
    /// <summary>Class names, by label, that the classifier chooses between.</summary>
    IReadOnlyList<string> ClassNames { get; }

    /// <summary>Classifies the given items.</summary>
    /// <param name="dataset">The dataset the items belong to.</param>
    /// <param name="items">Indices of the items to classify.</param>
    Predictions Predict(ImageDataset dataset, IReadOnlyList<int> items);
}
