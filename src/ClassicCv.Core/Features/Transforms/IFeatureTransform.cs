namespace ClassicCv.Features.Transforms;

/// <summary>A feature transform that learns its parameters from the training split only.</summary>
public interface IFeatureTransform
{
    /// <summary>Short name for reports (e.g. <c>standardize</c>).</summary>
    string Name { get; }

    /// <summary>Learns the transform's parameters.</summary>
    /// <param name="training">Training-split features only.</param>
    IFittedFeatureTransform Fit(FeatureMatrix training);
}
