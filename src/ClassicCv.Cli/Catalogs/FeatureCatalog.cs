using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Cli.Catalogs;

/// <summary>The one table of feature extractor names and what they build.</summary>
internal static class FeatureCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<ComponentSpec, IFeatureExtractorSpec>> Factories =
        new Dictionary<string, Func<ComponentSpec, IFeatureExtractorSpec>>(StringComparer.Ordinal)
        {
            ["hog"] = spec => new HogSpec(spec),
            ["raw"] = spec => new RawPixelsSpec(spec),
            ["resnet18"] = spec => new ResNet18Spec(spec),
        };

    /// <summary>Every valid name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the extractors named in a comma-separated list.</summary>
    /// <param name="list">e.g. <c>hog[cell=4],raw</c>.</param>
    public static IReadOnlyList<IFeatureExtractorSpec> Parse(string list) =>
        ComponentSpec.ParseList(list, "feature").Select(Create).ToArray();

    private static IFeatureExtractorSpec Create(ComponentSpec spec) =>
        Factories.TryGetValue(spec.Name, out var factory)
            ? factory(spec)
            : throw new UserInputException($"Unknown feature '{spec.Name}'; valid features: {string.Join(", ", Names)}.");
}
