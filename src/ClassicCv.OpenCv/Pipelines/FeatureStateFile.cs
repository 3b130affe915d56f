using ClassicCv.OpenCv.Features;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// The learnt state of one feature (e.g. <c>fisher</c>'s PCA and Gaussian mixture, <c>kmeans-patches</c>' whitening and
/// dictionary) as saved in <c>pipeline.json</c> (format version 3), so a reloaded pipeline needs no training images.
/// </summary>
/// <param name="Feature">The feature's spec as written on the command line (e.g. <c>kmeans-patches[k=400]</c>).</param>
/// <param name="Kind">What learnt it (e.g. <c>kmeans-patches</c>).</param>
/// <param name="Arrays">The learnt arrays by name.</param>
public sealed record FeatureStateFile(string Feature, string Kind, IReadOnlyDictionary<string, float[]> Arrays)
{
    /// <summary>The states of a fitted extractor (its own, or its parts' when it concatenates several).</summary>
    /// <param name="extractor">A fitted extractor.</param>
    public static IEnumerable<FeatureStateFile> Of(IFeatureExtractor extractor) => extractor switch
    {
        IStatefulExtractor stateful => [new FeatureStateFile(stateful.Name, stateful.State.Kind, stateful.State.Arrays)],
        CompositeExtractor composite => composite.Parts.SelectMany(Of),
        _ => [],
    };

    /// <summary>Re-creates the state.</summary>
    /// <param name="model">The model folder, for messages.</param>
    /// <exception cref="Errors.UserInputException">The state has no kind or an empty array.</exception>
    public FeatureState ToState(string model) =>
        !string.IsNullOrEmpty(Kind) && Arrays is { Count: > 0 } && Arrays.Values.All(values => values is { Length: > 0 })
            ? new FeatureState(Kind, Arrays)
            : throw new Errors.UserInputException($"Model '{model}': the learnt state of '{Feature}' has no kind or an empty array; expected the arrays written by classiccv run --save-models.");
}
