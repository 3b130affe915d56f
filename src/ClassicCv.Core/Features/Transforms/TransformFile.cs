using System.Globalization;
using System.Text.Json.Serialization;
using ClassicCv.Errors;

namespace ClassicCv.Features.Transforms;

/// <summary>
/// A fitted transform as saved: one entry of a fitted <see cref="TransformChain"/>, the one save format of a chain
/// (<c>pipeline.json</c>'s <c>transforms</c>, and <c>transforms.json</c> of a learner that transforms its input). Which
/// fields are set depends on <see cref="Kind"/>; a transform with a large learnt state (e.g. <c>rff</c>) writes it
/// into <see cref="Folder"/> beside the file.
/// </summary>
/// <param name="Kind">The transform's kind: <c>standardize</c>, <c>l2</c>, <c>pca</c>, or the kind of a transform that saves itself (<see cref="ISaveableTransform.Kind"/>).</param>
/// <param name="Columns">Input column count.</param>
/// <param name="Mean">Training mean of each input column (standardize, pca).</param>
/// <param name="InverseStd">1 / training standard deviation of each column (standardize).</param>
/// <param name="Projection">Input columns × components, row-major (pca).</param>
/// <param name="Components">Number of principal components kept (pca).</param>
/// <param name="ExplainedVariance">Share of the training variance the components explain (pca).</param>
/// <param name="Folder">For a transform that saves itself: its folder, relative to the file's folder (not written otherwise).</param>
public sealed record TransformFile(
    string Kind,
    int Columns,
    float[]? Mean = null,
    float[]? InverseStd = null,
    float[]? Projection = null,
    int? Components = null,
    double? ExplainedVariance = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Folder = null)
{
    /// <summary>The kinds written as values in the file.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["standardize", "l2", "pca"];

    /// <summary>The saved form of a fitted transform whose values go in the file.</summary>
    /// <param name="transform">A fitted standardizer, L2 normalizer or PCA.</param>
    /// <exception cref="NotSupportedException">Another kind of transform.</exception>
    public static TransformFile Of(IFittedFeatureTransform transform) => transform switch
    {
        FittedStandardizer s => new TransformFile("standardize", s.Mean.Length, Mean: s.Mean, InverseStd: s.InverseStd),
        FittedL2Normalizer l => new TransformFile("l2", l.Columns),
        FittedPca p => new TransformFile("pca", p.Mean.Length, Mean: p.Mean, Projection: p.Projection, Components: p.Components, ExplainedVariance: p.ExplainedVariance),
        _ => throw new NotSupportedException($"The transform {transform.GetType().Name} cannot be saved."),
    };

    /// <summary>The entries of a fitted chain, in order; a transform that saves itself writes its files under <paramref name="directory"/>.</summary>
    /// <param name="chain">The fitted chain.</param>
    /// <param name="directory">The folder the entries' file is written to (it exists).</param>
    /// <exception cref="NotSupportedException">A transform that cannot be saved.</exception>
    public static IReadOnlyList<TransformFile> Write(FittedTransformChain chain, string directory)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(directory);
        var entries = new TransformFile[chain.Transforms.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            if (chain.Transforms[i] is ISaveableTransform saveable)
            {
                var folder = string.Create(CultureInfo.InvariantCulture, $"transforms/{i}-{saveable.Kind}");
                saveable.Save(Directory.CreateDirectory(Path.Combine(directory, folder)).FullName);
                entries[i] = new TransformFile(saveable.Kind, chain.ColumnsBefore(i), Folder: folder);
            }
            else
            {
                entries[i] = Of(chain.Transforms[i]);
            }
        }

        return entries;
    }

    /// <summary>Re-creates a fitted chain from its entries.</summary>
    /// <param name="entries">The entries, in order.</param>
    /// <param name="inputColumns">Columns the chain takes (used when there are no entries).</param>
    /// <param name="directory">The folder the entries were read from, for messages and the folders of transforms that saved themselves.</param>
    /// <param name="savedKinds">Loads a transform that saved itself, by kind, from its folder; <c>null</c> when only value kinds are allowed.</param>
    public static FittedTransformChain ToChain(IReadOnlyList<TransformFile> entries, int inputColumns, string directory, Func<string, string, IFittedFeatureTransform>? savedKinds = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new FittedTransformChain(entries.Count > 0 ? entries[0].Columns : inputColumns, entries.Select(entry => entry.ToTransform(directory, savedKinds)).ToArray());
    }

    /// <summary>Re-creates the fitted transform, checking that the saved arrays fit together.</summary>
    /// <param name="model">The model folder, for messages (and the base of <see cref="Folder"/>).</param>
    /// <param name="savedKinds">Loads a transform that saved itself, by kind, from its folder; <c>null</c> when only value kinds are allowed.</param>
    /// <exception cref="UserInputException">An unknown kind, or missing or inconsistent values.</exception>
    public IFittedFeatureTransform ToTransform(string model, Func<string, string, IFittedFeatureTransform>? savedKinds = null) => Kind switch
    {
        "standardize" => new FittedStandardizer(Values(Mean, "mean", Columns, model), Values(InverseStd, "inverse_std", Columns, model)),
        "l2" => new FittedL2Normalizer(Columns),
        "pca" when Components is > 0 and var k => new FittedPca(Values(Mean, "mean", Columns, model), Values(Projection, "projection", Columns * k, model), k, ExplainedVariance ?? double.NaN),
        "pca" => throw new UserInputException($"Model '{model}': the pca transform has components {Components?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"}; expected a positive count."),
        _ when savedKinds is not null && Folder is { } folder => savedKinds(Kind, Path.Combine(model, folder)),
        _ => throw new UserInputException($"Model '{model}' uses transform '{Kind}'; this classiccv knows: {string.Join(", ", Kinds)}."),
    };

    private float[] Values(float[]? values, string field, int expected, string model) =>
        values is not null && values.Length == expected
            ? values
            : throw new UserInputException($"Model '{model}': the {Kind} transform's '{field}' has {values?.Length.ToString(CultureInfo.InvariantCulture) ?? "no"} values; expected {expected}.");
}
