namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// <c>features.json</c>, written by <c>classiccv fit-features</c>: a fitted extractor's learnt state (codebooks) and
/// settings, learnt once on the whole training split and shipped to every shard of a sharded extraction.
/// </summary>
/// <param name="FormatVersion">The file's format; a reader refuses versions it does not know.</param>
/// <param name="Features">The extractor's spec as written on the command line (e.g. <c>sift-bovw[k=64]</c>).</param>
/// <param name="ExtractorSettings">The fitted extractor's canonical settings; a shard's re-created extractor must match them.</param>
/// <param name="Seed">The seed the extractor was fitted with.</param>
/// <param name="ReferenceWidth">Width of the training images the extractor was fitted for, in pixels.</param>
/// <param name="ReferenceHeight">Height of the training images the extractor was fitted for, in pixels.</param>
/// <param name="Codebooks">The learnt codebooks (none for extractors that learn nothing).</param>
/// <param name="DatasetFingerprint">Listing fingerprint of the dataset it was fitted on; <c>null</c> when the state comes from a saved pipeline (usable on any dataset).</param>
/// <param name="Split">Description of the split whose training part it was fitted on; <c>null</c> from a saved pipeline.</param>
/// <param name="FeatureStates">Other learnt states (e.g. <c>fisher</c>'s PCA and mixture, <c>kmeans-patches</c>' whitening and dictionary); <c>null</c> for none.</param>
public sealed record FittedFeaturesFile(
    int FormatVersion,
    string Features,
    string ExtractorSettings,
    int Seed,
    int ReferenceWidth,
    int ReferenceHeight,
    IReadOnlyList<CodebookFile> Codebooks,
    string? DatasetFingerprint,
    string? Split,
    IReadOnlyList<FeatureStateFile>? FeatureStates = null)
{
    /// <summary>The format this version of ClassicCv writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>File name inside a fitted-features folder.</summary>
    public const string FileName = "features.json";
}
