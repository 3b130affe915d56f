using System.Text.Json;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Features.Transforms;
using ClassicCv.Files;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// Writes a trained <see cref="FeaturePipelineClassifier"/> to a folder and reads it back: <c>pipeline.json</c>
/// (format version, extractor spec, settings and any learnt codebooks, fitted transforms, class names) and <c>classifier/</c> (the model's files).
/// </summary>
public static class SavedPipeline
{
    /// <summary>How ClassicCv writes its JSON files (snake_case names, indented, NaN allowed).</summary>
    internal static JsonSerializerOptions Options => ModelJson.Options;

    /// <summary>Saves <paramref name="classifier"/> into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="classifier">A trained pipeline whose transforms and model can be saved.</param>
    /// <param name="directory">The folder to write.</param>
    /// <param name="seed">The run's seed, with which the extractor was fitted.</param>
    /// <exception cref="NotSupportedException">A transform or model that cannot be saved.</exception>
    public static void Save(FeaturePipelineClassifier classifier, string directory, int seed) => Save(classifier, directory, seed, testTimeFlip: false);

    /// <summary>Saves a pipeline's test-time-flip row: its pipeline, marked so that loading it scores with the flip again (<see cref="LoadClassifier"/>).</summary>
    /// <param name="classifier">The row's classifier, whose pipeline can be saved.</param>
    /// <param name="directory">The folder to write.</param>
    /// <param name="seed">The run's seed, with which the extractor was fitted.</param>
    /// <exception cref="NotSupportedException">A transform or model that cannot be saved.</exception>
    public static void Save(MirrorAveragedPipelineClassifier classifier, string directory, int seed)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        Save(classifier.Inner, directory, seed, testTimeFlip: true);
    }

    /// <summary>Loads the classifier a folder was saved from: the pipeline, or its test-time-flip row when the file says so.</summary>
    /// <param name="directory">The saved folder.</param>
    /// <param name="features">Re-creates an extractor spec from its command-line text (the feature catalog).</param>
    /// <param name="models">Loads a classifier of the given kind from a folder (the model catalog).</param>
    public static IDecodedImageClassifier LoadClassifier(string directory, Func<string, IFeatureExtractorSpec> features, Func<string, string, IClassifierModel> models)
    {
        var (pipeline, file) = LoadPipeline(directory, features, models);
        return file.TestTimeFlip ? new MirrorAveragedPipelineClassifier(pipeline, new ImageStreamer()) : pipeline;
    }

    private static void Save(FeaturePipelineClassifier classifier, string directory, int seed, bool testTimeFlip)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var model = classifier.Model as ISaveableModel
            ?? throw new NotSupportedException($"The classifier {classifier.Model.GetType().Name} cannot be saved.");
        Directory.CreateDirectory(directory);
        var file = new PipelineFile(PipelineFile.CurrentVersion, classifier.Extractor.Name, classifier.Extractor.Settings, seed,
            classifier.ReferenceSize.Width, classifier.ReferenceSize.Height, CodebookFile.Of(classifier.Extractor).ToArray(),
            TransformFile.Write(classifier.Chain, directory), model.Kind, classifier.ClassNames)
        {
            FeatureStates = FeatureStateFile.Of(classifier.Extractor).ToArray(),
            TestTimeFlip = testTimeFlip,
        };
        var classifierFolder = Path.Combine(directory, PipelineFile.ClassifierFolder);
        Directory.CreateDirectory(classifierFolder);
        model.Save(classifierFolder);
        File.WriteAllText(Path.Combine(directory, PipelineFile.FileName), JsonSerializer.Serialize(file, Options) + "\n");
    }

    /// <summary>Loads the pipeline saved in a folder, without the test-time flip a <c>+tta</c> row's file asks for (<see cref="LoadClassifier"/> adds it).</summary>
    /// <param name="directory">The saved folder.</param>
    /// <param name="features">Re-creates an extractor spec from its command-line text (the feature catalog).</param>
    /// <param name="models">Loads a classifier of the given kind from a folder (the model catalog).</param>
    public static FeaturePipelineClassifier Load(string directory, Func<string, IFeatureExtractorSpec> features, Func<string, string, IClassifierModel> models) =>
        LoadPipeline(directory, features, models).Pipeline;

    private static (FeaturePipelineClassifier Pipeline, PipelineFile File) LoadPipeline(string directory, Func<string, IFeatureExtractorSpec> features, Func<string, string, IClassifierModel> models)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(models);
        var path = Path.Combine(directory, PipelineFile.FileName);
        var file = ReadFile(directory);
        var streamer = new ImageStreamer();
        var empty = new ImageDataset("saved-model", directory, "saved-model", file.ClassNames, [], [], "");
        var codebooks = (file.Codebooks ?? []).DistinctBy(c => c.Feature, StringComparer.Ordinal).ToDictionary(c => c.Feature, c => c.ToCodebook(directory), StringComparer.Ordinal);
        var states = (file.FeatureStates ?? []).DistinctBy(s => s.Feature, StringComparer.Ordinal).ToDictionary(s => s.Feature, s => s.ToState(directory), StringComparer.Ordinal);
        var extractor = features(file.Features).Fit(new FeatureFitContext(empty, [], file.ReferenceWidth, file.ReferenceHeight, file.Seed, streamer) { SavedCodebooks = codebooks, SavedStates = states, SavedSettings = file.ExtractorSettings });
        if (extractor.Settings != file.ExtractorSettings)
        {
            throw new UserInputException($"Model '{directory}': the feature '{file.Features}' now gives settings '{extractor.Settings}', but the model was trained with '{file.ExtractorSettings}'.");
        }

        var transforms = TransformFile.ToChain(file.Transforms ?? [], extractor.Length, directory);
        var model = SavedPipelineCheck.LoadModel(models, file.Classifier, Path.Combine(directory, PipelineFile.ClassifierFolder));
        try
        {
            SavedPipelineCheck.RequireFit(path, file, extractor, transforms.Transforms, model);
        }
        catch
        {
            model.Dispose();
            throw;
        }

        return (new FeaturePipelineClassifier(extractor, transforms, model, file.ClassNames, streamer, null, (file.ReferenceWidth, file.ReferenceHeight)), file);
    }

    /// <summary>Reads and checks the <c>pipeline.json</c> of a saved pipeline, without loading its classifier.</summary>
    /// <param name="directory">The saved folder.</param>
    /// <exception cref="UserInputException">No file, another format version, or not valid JSON.</exception>
    public static PipelineFile ReadFile(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, PipelineFile.FileName);
        if (!File.Exists(path))
        {
            throw new UserInputException($"'{directory}' has no {PipelineFile.FileName}; expected a model folder written by classiccv run --save-models (reports/<run>/models/<pipeline>).");
        }

        PipelineFile file;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var version = document.RootElement.TryGetProperty("format_version", out var v) && v.TryGetInt32(out var n) ? n : -1;
            if (version is < PipelineFile.OldestReadableVersion or > PipelineFile.CurrentVersion)
            {
                throw new UserInputException($"Model '{directory}' has format version {(version < 0 ? "(none)" : version)}; this classiccv reads format versions {PipelineFile.OldestReadableVersion} to {PipelineFile.CurrentVersion}. Save the model again with this version (classiccv run --save-models).");
            }

            file = document.Deserialize<PipelineFile>(Options) ?? throw new JsonException("empty document");
        }
        catch (JsonException error)
        {
            throw new UserInputException($"'{path}' is not a valid saved pipeline ({error.Message}).");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"'{path}' cannot be read ({error.Message}).");
        }

        SavedPipelineCheck.RequireFields(file, path);
        return file;
    }
}
