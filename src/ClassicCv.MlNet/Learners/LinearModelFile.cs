namespace ClassicCv.MlNet.Learners;

/// <summary>How a <see cref="LinearModel"/> is stored (JSON; floats round-trip exactly).</summary>
/// <param name="ClassCount">Number of classes.</param>
/// <param name="FeatureCount">Feature vector length.</param>
/// <param name="Softmax">True when scores are logits of a probability model.</param>
/// <param name="Weights">Class-major weights.</param>
/// <param name="Biases">One bias per class; a class absent from training has −∞ (written "-Infinity").</param>
internal sealed record LinearModelFile(int ClassCount, int FeatureCount, bool Softmax, float[] Weights, float[] Biases);
