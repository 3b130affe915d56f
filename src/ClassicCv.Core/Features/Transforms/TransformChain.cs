namespace ClassicCv.Features.Transforms;

/// <summary>
/// Feature transforms applied in order, each fitted on the training features the one before it produced (as ML.NET's
/// <c>EstimatorChain</c>): the one way ClassicCv fits a sequence of transforms, used by a feature pipeline
/// (<c>--transforms standardize+pca</c>) and by a learner that transforms its input (<c>rff-svm</c>). Immutable.
/// </summary>
public sealed class TransformChain : IFeatureTransform
{
    /// <summary>Creates the chain.</summary>
    /// <param name="transforms">The transforms, in the order they are applied; may be empty (features pass unchanged).</param>
    public TransformChain(IReadOnlyList<IFeatureTransform> transforms)
    {
        ArgumentNullException.ThrowIfNull(transforms);
        Transforms = transforms.ToArray();
    }

    /// <summary>The transforms, in the order they are applied.</summary>
    public IReadOnlyList<IFeatureTransform> Transforms { get; }

    /// <summary>The transforms' names joined by <c>+</c> (e.g. <c>standardize+pca</c>; empty for no transform).</summary>
    public string Name => string.Join("+", Transforms.Select(t => t.Name));

    /// <inheritdoc />
    IFittedFeatureTransform IFeatureTransform.Fit(FeatureMatrix training) => Fit(training);

    /// <summary>Fits every transform in order on the training features.</summary>
    /// <param name="training">Training-split features only; not modified.</param>
    public FittedTransformChain Fit(FeatureMatrix training) => FitTransform(training).Fitted;

    /// <summary>Fits every transform in order and returns the training features transformed by the fitted chain (each step applied once).</summary>
    /// <param name="training">Training-split features only; not modified.</param>
    public (FittedTransformChain Fitted, FeatureMatrix Transformed) FitTransform(FeatureMatrix training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var fitted = new List<IFittedFeatureTransform>(Transforms.Count);
        var features = training;
        foreach (var transform in Transforms)
        {
            var fit = transform.Fit(features);
            features = fit.Apply(features);
            fitted.Add(fit);
        }

        return (new FittedTransformChain(training.Columns, fitted), features);
    }
}
