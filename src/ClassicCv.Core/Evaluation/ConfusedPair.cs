namespace ClassicCv.Evaluation;

/// <summary>A (true class, predicted class) pair the classifier mixed up.</summary>
/// <param name="TrueLabel">True class index.</param>
/// <param name="TrueName">True class name.</param>
/// <param name="PredictedLabel">Predicted class index.</param>
/// <param name="PredictedName">Predicted class name.</param>
/// <param name="Count">Test examples of the true class predicted as the other.</param>
/// <param name="ShareOfTrue">Count / support of the true class (0 to 1).</param>
public sealed record ConfusedPair(int TrueLabel, string TrueName, int PredictedLabel, string PredictedName, int Count, double ShareOfTrue);
