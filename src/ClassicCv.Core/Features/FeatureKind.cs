namespace ClassicCv.Features;

/// <summary>
/// What kind of vector a feature pipeline produces; classifiers whose best default differs by kind (e.g. logistic
/// regression's C) take the default measured for the kind they receive.
/// </summary>
public enum FeatureKind
{
    /// <summary>Hand-engineered descriptors (HOG, LBP, colour histograms, SIFT words, raw pixels) and any concatenation that holds one.</summary>
    HandEngineered,

    /// <summary>Pretrained network embeddings (ResNet-18): dense, correlated, many informative directions.</summary>
    Embedding,
}
