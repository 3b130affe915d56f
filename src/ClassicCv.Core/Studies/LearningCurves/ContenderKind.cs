namespace ClassicCv.Studies.LearningCurves;

/// <summary>Tells deep contenders (end-to-end networks, pipelines on ResNet-18 embeddings) from classical pipelines.</summary>
public static class ContenderKind
{
    /// <summary>True for an end-to-end network (features <c>-</c>) or features that include learned embeddings (<c>resnet18</c>).</summary>
    /// <param name="features">The feature part of a pipeline's name.</param>
    public static bool IsDeep(string features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features == "-" || features.Contains("resnet18", StringComparison.OrdinalIgnoreCase);
    }
}
