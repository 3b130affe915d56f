using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Catalogs;

/// <summary>The one table of feature transform names (applied in order, fitted on the training split only).</summary>
public static class TransformCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<ComponentSpec, IFeatureTransform>> Factories =
        new Dictionary<string, Func<ComponentSpec, IFeatureTransform>>(StringComparer.Ordinal)
        {
            ["standardize"] = spec => NoParameters(spec, new Standardizer()),
            ["l2"] = spec => NoParameters(spec, new L2Normalizer()),
            ["pca"] = CreatePca,
        };

    /// <summary>Every valid name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the transforms of a comma-separated list; <c>none</c> means no transform.</summary>
    /// <param name="list">e.g. <c>standardize,pca[components=0.95]</c>.</param>
    public static IReadOnlyList<IFeatureTransform> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return ComponentSpec.ParseList(list, "transform").Select(Create).ToArray();
    }

    private static IFeatureTransform Create(ComponentSpec spec) =>
        Factories.TryGetValue(spec.Name, out var factory)
            ? factory(spec)
            : throw new UserInputException($"Unknown transform '{spec.Name}'; valid transforms: {string.Join(", ", Names)}, or none.");

    private static IFeatureTransform NoParameters(ComponentSpec spec, IFeatureTransform transform)
    {
        _ = new ComponentParameters(spec, "transform", []);
        return transform;
    }

    private static IFeatureTransform CreatePca(ComponentSpec spec)
    {
        var parameters = new ComponentParameters(spec, "transform", ["components"]);
        var value = parameters.Double("components", new PcaOptions().KeptVariance, 0);
        if (value < 1)
        {
            return new Pca(new PcaOptions { KeptVariance = value });
        }

        if (value != Math.Floor(value) || value > PcaOptions.ComponentsRange.Max)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"The transform '{spec.Text}' has components={value}; expected a kept-variance fraction in (0, 1) or a whole number of components from 1 to 100000."));
        }

        return new Pca(new PcaOptions { Components = (int)value });
    }
}
