using ClassicCv.Features;

namespace ClassicCv.Learning;

/// <summary>A trained classifier over feature vectors. Disposing releases any native model it holds.</summary>
public interface IClassifierModel : IDisposable
{
    /// <summary>Number of classes the model chooses between.</summary>
    int ClassCount { get; }

    /// <summary>Predicts a class (and per-class scores where the back end gives them) for every row.</summary>
    /// <param name="features">Features with the column count the model was trained on.</param>
    Predictions Predict(FeatureMatrix features);
}
