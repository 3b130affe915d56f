namespace ClassicCv.OpenCv.Features;

/// <summary>Several extractors whose vectors are concatenated in order (written <c>hog+color-hist</c>).</summary>
public sealed class CompositeSpec : IFeatureExtractorSpec
{
    /// <summary>Composes the parts.</summary>
    /// <param name="parts">Two or more extractors' settings, in concatenation order.</param>
    public CompositeSpec(IReadOnlyList<IFeatureExtractorSpec> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count < 2)
        {
            throw new ArgumentException($"A composition needs at least two extractors, received {parts.Count}.", nameof(parts));
        }

        Parts = parts;
        Name = string.Join("+", parts.Select(part => part.Name));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The parts, in concatenation order.</summary>
    public IReadOnlyList<IFeatureExtractorSpec> Parts { get; }

    /// <inheritdoc />
    public IFeatureExtractor Fit(FeatureFitContext context) =>
        new CompositeExtractor(Name, Parts.Select(part => part.Fit(context)).ToArray());
}
