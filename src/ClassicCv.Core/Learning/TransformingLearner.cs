using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.Learning;

/// <summary>
/// A learner that first fits a feature transform (as a <see cref="TransformChain"/>, the chain a feature pipeline uses)
/// on the training data and then learns on the transformed features (e.g. random Fourier features + a linear SVM = an
/// approximate RBF SVM). The model applies the same fitted chain.
/// </summary>
public sealed class TransformingLearner : IClassWeightedLearner
{
    private readonly TransformChain _transforms;
    private readonly ILearner _inner;

    /// <summary>Composes the transform and the learner.</summary>
    /// <param name="name">The command-line name of the composition (e.g. <c>rff-svm</c>).</param>
    /// <param name="transform">Fitted on the training features only (a single transform or a <see cref="TransformChain"/>).</param>
    /// <param name="inner">Learns on the transformed features.</param>
    public TransformingLearner(string name, IFeatureTransform transform, ILearner inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(inner);
        Name = name;
        _transforms = transform as TransformChain ?? new TransformChain([transform]);
        _inner = inner;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The inner learner's class weighting.</summary>
    public ClassWeighting? ClassWeighting => (_inner as IClassWeightedLearner)?.ClassWeighting;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Hyperparameters =>
        _inner.Hyperparameters.Append(new("transform", _transforms.Name)).ToDictionary();

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount) => Learn(features, labels, classCount, null);

    /// <inheritdoc />
    public IClassifierModel Learn(FeatureMatrix features, IReadOnlyList<int> labels, int classCount, IReadOnlyList<string?>? groups)
    {
        ArgumentNullException.ThrowIfNull(features);
        var (fitted, transformed) = _transforms.FitTransform(features);
        return new TransformedModel(fitted, _inner.Learn(transformed, labels, classCount, groups));
    }
}
