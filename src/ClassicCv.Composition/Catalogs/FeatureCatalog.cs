using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Features;
using ClassicCv.Onnx.Features.Encodings;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Features.Encodings;

namespace ClassicCv.Catalogs;

/// <summary>
/// The one table of feature extractor names and what they build; <c>a+b</c> concatenates extractors. The only place
/// where <c>hog[cell=4]</c> text becomes typed options (<see cref="HogOptions"/> and the like); a spec built here is
/// called by the text as written.
/// </summary>
public static class FeatureCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<ComponentSpec, IFeatureExtractorSpec>> Factories =
        new Dictionary<string, Func<ComponentSpec, IFeatureExtractorSpec>>(StringComparer.Ordinal)
        {
            ["hog"] = spec => new HogSpec(FeatureOptionsText.Hog(spec), spec.Text),
            ["raw"] = spec => new RawPixelsSpec(FeatureOptionsText.RawPixels(spec), spec.Text),
            ["color-hist"] = spec => new ColorHistogramSpec(FeatureOptionsText.ColorHistogram(spec), spec.Text),
            ["lbp"] = spec => new LbpSpec(FeatureOptionsText.Lbp(spec), spec.Text),
            ["sift-bovw"] = spec => new SiftBovwSpec(FeatureOptionsText.SiftBovw(spec), spec.Text),
            ["resnet18"] = spec => new ResNet18Spec(ResNet18OptionsText.Parse(spec), spec.Text),
            ["kmeans-patches"] = spec => new KMeansPatchesSpec(EncodingOptionsText.KMeansPatches(spec), spec.Text),
            ["fisher"] = spec => new FisherSpec(EncodingOptionsText.Fisher(spec), spec.Text),
            ["vlad"] = spec => new VladSpec(EncodingOptionsText.Vlad(spec), spec.Text),
        };

    /// <summary>Every valid name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the extractors named in a comma-separated list; an entry may join several with '+'.</summary>
    /// <param name="list">e.g. <c>hog[cell=4],raw,hog+color-hist</c>.</param>
    public static IReadOnlyList<IFeatureExtractorSpec> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return TopLevelSplitter.Split(list, ',').Select(entry => ParseEntry(list, entry)).ToArray();
    }

    private static IFeatureExtractorSpec ParseEntry(string list, string entry)
    {
        var parts = TopLevelSplitter.Split(entry, '+');
        if (parts.Any(part => part.Trim().Length == 0))
        {
            throw new UserInputException($"The feature list '{list}' has an empty entry in '{entry.Trim()}'; expected names joined by ',' (separate pipelines) or '+' (concatenated features).");
        }

        var specs = parts.Select(part => Create(ComponentSpec.Parse(part, "feature"))).ToArray();
        return specs.Length == 1 ? specs[0] : new CompositeSpec(specs);
    }

    /// <summary>Re-creates one extractor spec from its text (as saved with a model).</summary>
    /// <param name="text">e.g. <c>hog[cell=4]</c> or <c>hog+sift-bovw[k=64]</c>.</param>
    public static IFeatureExtractorSpec ParseOne(string text) => ParseEntry(text, text);

    private static IFeatureExtractorSpec Create(ComponentSpec spec) =>
        Factories.TryGetValue(spec.Name, out var factory)
            ? factory(spec)
            : throw new UserInputException($"Unknown feature '{spec.Name}'; valid features: {string.Join(", ", Names)} (join several with '+', e.g. hog+color-hist).");
}
