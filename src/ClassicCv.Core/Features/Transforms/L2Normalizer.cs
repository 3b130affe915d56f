namespace ClassicCv.Features.Transforms;

/// <summary>Scales each row to unit Euclidean length (all-zero rows stay zero); it learns nothing from the training split.</summary>
public sealed class L2Normalizer : IFeatureTransform
{
    /// <inheritdoc />
    public string Name => "l2";

    /// <inheritdoc />
    public IFittedFeatureTransform Fit(FeatureMatrix training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return new FittedL2Normalizer(training.Columns);
    }
}
