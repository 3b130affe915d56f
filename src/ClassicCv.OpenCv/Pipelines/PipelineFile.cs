using ClassicCv.Features.Transforms;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// <c>pipeline.json</c> of a saved pipeline: everything but the classifier's own files, which sit in the
/// <c>classifier/</c> subfolder.
/// </summary>
/// <param name="FormatVersion">The saved-model format; a reader refuses versions it does not know.</param>
/// <param name="Features">The extractor's spec as written on the command line (e.g. <c>hog[cell=4]</c>); it re-creates the extractor.</param>
/// <param name="ExtractorSettings">The fitted extractor's canonical settings; the re-created extractor must match them.</param>
/// <param name="Seed">The run's seed, with which the extractor was fitted (part of its settings).</param>
/// <param name="ReferenceWidth">Width of the training images the extractor was fitted for, in pixels.</param>
/// <param name="ReferenceHeight">Height of the training images the extractor was fitted for, in pixels.</param>
/// <param name="Codebooks">The learnt SIFT codebooks the extractor uses (none for extractors that learn nothing).</param>
/// <param name="Transforms">Fitted transforms, in order.</param>
/// <param name="Classifier">The loader name of the classifier (its <c>Kind</c>).</param>
/// <param name="ClassNames">Class names, by label.</param>
public sealed record PipelineFile(
    int FormatVersion,
    string Features,
    string ExtractorSettings,
    int Seed,
    int ReferenceWidth,
    int ReferenceHeight,
    IReadOnlyList<CodebookFile> Codebooks,
    IReadOnlyList<TransformFile> Transforms,
    string Classifier,
    IReadOnlyList<string> ClassNames)
{
    /// <summary>The format this version of ClassicCv writes (2: codebooks, seed, l2 and pca transforms; 3: learnt feature states; 4: test-time flips).</summary>
    public const int CurrentVersion = 4;

    /// <summary>The oldest format this version still reads (a version 2 file has no feature states).</summary>
    public const int OldestReadableVersion = 2;

    /// <summary>Learnt states of features other than SIFT codebooks (format 3; <c>null</c> in version 2 files).</summary>
    public IReadOnlyList<FeatureStateFile>? FeatureStates { get; init; }

    /// <summary>
    /// Score each image as the mean of its own and its left–right mirror's scores: the file was saved from a <c>+tta</c>
    /// row (<see cref="MirrorAveragedPipelineClassifier"/>; format 4, false in older files).
    /// </summary>
    public bool TestTimeFlip { get; init; }

    /// <summary>File name inside a saved model folder.</summary>
    public const string FileName = "pipeline.json";

    /// <summary>Subfolder holding the classifier's files.</summary>
    public const string ClassifierFolder = "classifier";
}
