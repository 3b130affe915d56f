using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Files;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// A fitted extractor's state as shipped to the shards of a job: read from a <c>classiccv fit-features</c> folder
/// (<c>features.json</c>) or from a saved pipeline (<c>pipeline.json</c>), and re-created in each shard without learning.
/// </summary>
/// <param name="Directory">The folder it was read from.</param>
/// <param name="File">The state: fit-features' file, or the extractor part of a saved pipeline's file.</param>
public sealed record ShippedFeatures(string Directory, FittedFeaturesFile File)
{
    /// <summary>Writes <c>features.json</c> for a fitted extractor (atomically; the folder is created when missing).</summary>
    /// <param name="directory">The folder to write.</param>
    /// <param name="extractor">The fitted extractor.</param>
    /// <param name="seed">The seed it was fitted with.</param>
    /// <param name="referenceSize">Size of the training images it was fitted for.</param>
    /// <param name="datasetFingerprint">Listing fingerprint of the dataset.</param>
    /// <param name="split">Description of the split.</param>
    /// <returns>The file written.</returns>
    public static string Save(string directory, IFeatureExtractor extractor, int seed, (int Width, int Height) referenceSize, string datasetFingerprint, string split)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var file = new FittedFeaturesFile(FittedFeaturesFile.CurrentVersion, extractor.Name, extractor.Settings, seed, referenceSize.Width, referenceSize.Height,
            CodebookFile.Of(extractor).ToArray(), datasetFingerprint, split, FeatureStateFile.Of(extractor).ToArray());
        var path = Path.Combine(directory, FittedFeaturesFile.FileName);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(file, SavedPipeline.Options) + "\n");
        return path;
    }

    /// <summary>Reads <c>features.json</c>, or else a saved pipeline's <c>pipeline.json</c>.</summary>
    /// <param name="directory">A fit-features folder or a saved pipeline folder.</param>
    /// <exception cref="UserInputException">Neither file is there, or it is not valid.</exception>
    public static ShippedFeatures Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FittedFeaturesFile.FileName);
        if (!System.IO.File.Exists(path))
        {
            if (!System.IO.File.Exists(Path.Combine(directory, PipelineFile.FileName)))
            {
                throw new UserInputException($"--model '{directory}' has neither {FittedFeaturesFile.FileName} nor {PipelineFile.FileName}; expected a folder written by classiccv fit-features or by classiccv run --save-models.");
            }

            var pipeline = SavedPipeline.ReadFile(directory);
            return new ShippedFeatures(directory, new FittedFeaturesFile(FittedFeaturesFile.CurrentVersion, pipeline.Features, pipeline.ExtractorSettings, pipeline.Seed,
                pipeline.ReferenceWidth, pipeline.ReferenceHeight, pipeline.Codebooks ?? [], null, null, pipeline.FeatureStates));
        }

        FittedFeaturesFile? file;
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            var version = document.RootElement.TryGetProperty("format_version", out var v) && v.TryGetInt32(out var n) ? n : -1;
            if (version != FittedFeaturesFile.CurrentVersion)
            {
                throw new UserInputException($"'{path}' has format version {(version < 0 ? "(none)" : version)}; this classiccv reads format version {FittedFeaturesFile.CurrentVersion}. Run classiccv fit-features again.");
            }

            file = document.Deserialize<FittedFeaturesFile>(SavedPipeline.Options);
        }
        catch (JsonException error)
        {
            throw new UserInputException($"'{path}' is not a valid fitted-features file ({error.Message}); run classiccv fit-features again.");
        }

        return file is null
            ? throw new UserInputException($"'{path}' is empty; run classiccv fit-features again.")
            : new ShippedFeatures(directory, file with { Codebooks = file.Codebooks ?? [] });
    }

    /// <summary>The codebooks by the name of the feature that learnt them, for <see cref="FeatureFitContext.SavedCodebooks"/>.</summary>
    public IReadOnlyDictionary<string, Codebook> CodebooksByFeature() =>
        File.Codebooks.DistinctBy(c => c.Feature, StringComparer.Ordinal).ToDictionary(c => c.Feature, c => c.ToCodebook(Directory), StringComparer.Ordinal);

    /// <summary>
    /// Re-creates the extractor from <paramref name="spec"/> with this state and checks that it has exactly the shipped
    /// settings (same codebook digests, sizes and seed).
    /// </summary>
    /// <param name="spec">The extractor's spec, parsed from <see cref="Features"/>.</param>
    /// <param name="context">The shard's fit context; learning should be refused there.</param>
    /// <exception cref="UserInputException">The re-created extractor's settings differ.</exception>
    public IFeatureExtractor Restore(IFeatureExtractorSpec spec, FeatureFitContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var states = (File.FeatureStates ?? []).DistinctBy(s => s.Feature, StringComparer.Ordinal).ToDictionary(s => s.Feature, s => s.ToState(Directory), StringComparer.Ordinal);
        var extractor = spec.Fit(context with { SavedCodebooks = CodebooksByFeature(), SavedStates = states, SavedSettings = File.ExtractorSettings });
        return extractor.Settings == File.ExtractorSettings
            ? extractor
            : throw new UserInputException($"--model '{Directory}': the feature '{File.Features}' gives settings '{extractor.Settings}' on this data, but was fitted with '{File.ExtractorSettings}'; fit it again on this dataset (classiccv fit-features).");
    }
}
