using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Learning;

/// <summary>A model that transforms its input before predicting (what a <see cref="TransformingLearner"/> returns).</summary>
public sealed class TransformedModel : IClassifierModel
{
    /// <summary>Composes the parts; disposing this disposes <paramref name="inner"/>.</summary>
    /// <param name="transform">The fitted transform.</param>
    /// <param name="inner">The model trained on transformed features.</param>
    public TransformedModel(IFittedFeatureTransform transform, IClassifierModel inner)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(inner);
        Transform = transform;
        Inner = inner;
    }

    /// <summary>The fitted transform.</summary>
    public IFittedFeatureTransform Transform { get; }

    /// <summary>The model trained on transformed features.</summary>
    public IClassifierModel Inner { get; }

    /// <inheritdoc />
    public int ClassCount => Inner.ClassCount;

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features) => Inner.Predict(Transform.Apply(features));

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
