using ClassicCv.Features;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Learning;

/// <summary>
/// A model that transforms its input before predicting (what a <see cref="TransformingLearner"/> returns). It saves as
/// kind <c>transform-kind+model-kind</c>, with the parts in the <c>transform/</c> and <c>model/</c> subfolders.
/// </summary>
public sealed class TransformedModel : ISaveableModel
{
    /// <summary>Subfolder of the saved transform.</summary>
    public const string TransformFolder = "transform";

    /// <summary>Subfolder of the saved inner model.</summary>
    public const string ModelFolder = "model";

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
    public string Kind => $"{SaveableTransform.Kind}+{SaveableInner.Kind}";

    private ISaveableTransform SaveableTransform =>
        Transform as ISaveableTransform ?? throw new NotSupportedException($"The transform {Transform.GetType().Name} cannot be saved.");

    private ISaveableModel SaveableInner =>
        Inner as ISaveableModel ?? throw new NotSupportedException($"The model {Inner.GetType().Name} cannot be saved.");

    /// <inheritdoc />
    public void Save(string directory)
    {
        var transform = Directory.CreateDirectory(Path.Combine(directory, TransformFolder)).FullName;
        var model = Directory.CreateDirectory(Path.Combine(directory, ModelFolder)).FullName;
        SaveableTransform.Save(transform);
        SaveableInner.Save(model);
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features) => Inner.Predict(Transform.Apply(features));

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
