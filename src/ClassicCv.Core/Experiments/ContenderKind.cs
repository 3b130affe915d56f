namespace ClassicCv.Experiments;

/// <summary>Tells deep contenders (end-to-end networks, pipelines on ResNet-18 embeddings) from classical pipelines.</summary>
public static class ContenderKind
{
    /// <summary>True for an end-to-end network (features <see cref="EndToEnd.FeaturesName"/>) or features that include learned embeddings (<c>resnet18</c>).</summary>
    /// <param name="features">The feature part of a pipeline's name.</param>
    public static bool IsDeep(string features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features == EndToEnd.FeaturesName || features.Contains("resnet18", StringComparison.OrdinalIgnoreCase);
    }
}
