using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>A SIFT bag-of-words codebook as saved in <c>pipeline.json</c>, so a reloaded pipeline needs no training images.</summary>
/// <param name="Feature">The SIFT feature's spec as written on the command line (e.g. <c>sift-bovw[k=64]</c>).</param>
/// <param name="SigmaSquared">The soft-assignment bandwidth learnt with the words.</param>
/// <param name="Centers">Words × 128 values, row after row.</param>
public sealed record CodebookFile(string Feature, double SigmaSquared, float[] Centers)
{
    /// <summary>The codebooks of a fitted extractor (its own, or its parts' when it concatenates several).</summary>
    /// <param name="extractor">A fitted extractor.</param>
    public static IEnumerable<CodebookFile> Of(IFeatureExtractor extractor) => extractor switch
    {
        SiftBovwExtractor sift => [new CodebookFile(sift.Name, sift.Codebook.SigmaSquared, sift.Codebook.Centers.ToArray())],
        CompositeExtractor composite => composite.Parts.SelectMany(Of),
        _ => [],
    };

    /// <summary>Re-creates the codebook.</summary>
    /// <param name="model">The model folder, for messages.</param>
    /// <exception cref="UserInputException">The centres are not whole 128-value descriptors.</exception>
    public Codebook ToCodebook(string model) =>
        Centers is { Length: > 0 } && Centers.Length % Codebook.DescriptorLength == 0
            ? new Codebook(Centers, SigmaSquared, [$"{Feature}: codebook of {Centers.Length / Codebook.DescriptorLength} words read from the saved model."])
            : throw new UserInputException($"Model '{model}': the codebook of '{Feature}' has {Centers?.Length ?? 0} values; expected a positive multiple of {Codebook.DescriptorLength}.");
}
