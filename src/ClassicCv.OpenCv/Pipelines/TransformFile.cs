using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.Features.Transforms;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A fitted transform as saved in <c>pipeline.json</c>; which fields are set depends on <see cref="Kind"/>.</summary>
/// <param name="Kind">The transform's kind: <c>standardize</c>, <c>l2</c> or <c>pca</c>.</param>
/// <param name="Columns">Input column count.</param>
/// <param name="Mean">Training mean of each input column (standardize, pca).</param>
/// <param name="InverseStd">1 / training standard deviation of each column (standardize).</param>
/// <param name="Projection">Input columns × components, row-major (pca).</param>
/// <param name="Components">Number of principal components kept (pca).</param>
/// <param name="ExplainedVariance">Share of the training variance the components explain (pca).</param>
public sealed record TransformFile(
    string Kind,
    int Columns,
    float[]? Mean = null,
    float[]? InverseStd = null,
    float[]? Projection = null,
    int? Components = null,
    double? ExplainedVariance = null)
{
    /// <summary>The kinds this version reads and writes.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["standardize", "l2", "pca"];

    /// <summary>The saved form of a fitted transform.</summary>
    /// <param name="transform">A fitted standardizer, L2 normalizer or PCA.</param>
    /// <exception cref="NotSupportedException">Another kind of transform.</exception>
    public static TransformFile Of(IFittedFeatureTransform transform) => transform switch
    {
        FittedStandardizer s => new TransformFile("standardize", s.Mean.Length, Mean: s.Mean, InverseStd: s.InverseStd),
        FittedL2Normalizer l => new TransformFile("l2", l.Columns),
        FittedPca p => new TransformFile("pca", p.Mean.Length, Mean: p.Mean, Projection: p.Projection, Components: p.Components, ExplainedVariance: p.ExplainedVariance),
        _ => throw new NotSupportedException($"The transform {transform.GetType().Name} cannot be saved."),
    };

    /// <summary>Re-creates the fitted transform, checking that the saved arrays fit together.</summary>
    /// <param name="model">The model folder, for messages.</param>
    /// <exception cref="UserInputException">An unknown kind, or missing or inconsistent values.</exception>
    public IFittedFeatureTransform ToTransform(string model) => Kind switch
    {
        "standardize" => new FittedStandardizer(Values(Mean, "mean", Columns, model), Values(InverseStd, "inverse_std", Columns, model)),
        "l2" => new FittedL2Normalizer(Columns),
        "pca" when Components is > 0 and var k => new FittedPca(Values(Mean, "mean", Columns, model), Values(Projection, "projection", Columns * k, model), k, ExplainedVariance ?? double.NaN),
        "pca" => throw new UserInputException($"Model '{model}': the pca transform has components {Components?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"}; expected a positive count."),
        _ => throw new UserInputException($"Model '{model}' uses transform '{Kind}'; this classiccv knows: {string.Join(", ", Kinds)}."),
    };

    private float[] Values(float[]? values, string field, int expected, string model) =>
        values is not null && values.Length == expected
            ? values
            : throw new UserInputException($"Model '{model}': the {Kind} transform's '{field}' has {values?.Length.ToString(CultureInfo.InvariantCulture) ?? "no"} values; expected {expected}.");
}
