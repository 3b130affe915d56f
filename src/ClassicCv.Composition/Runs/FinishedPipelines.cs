using System.Text.Json;
using System.Text.Json.Serialization;
using ClassicCv.Experiments;
using ClassicCv.Files;
using ClassicCv.Learning.Selection;
using ClassicCv.Models;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Reports;

namespace ClassicCv.Runs;

/// <summary>
/// The contenders of a run that have finished, kept in its working folder as each one finishes (<c>.finished/</c>):
/// the trained model (<see cref="ModelStore"/>, under <c>.finished/models/</c>) and then, atomically, a record of
/// what was measured while training it (<c>.finished/NAME.json</c>). A run that is killed or fails part-way is
/// resumed from them: every recorded contender is loaded instead of trained, and evaluated again.
/// </summary>
internal sealed class FinishedPipelines
{
    /// <summary>The folder under a run's working folder.</summary>
    public const string FolderName = ".finished";

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, FinishedRecord> _interrupted;

    /// <summary>Keeps the finished contenders of the run writing <paramref name="workingFolder"/>.</summary>
    /// <param name="workingFolder">The run's working folder.</param>
    /// <param name="seed">The run's seed, saved with each model.</param>
    public FinishedPipelines(string workingFolder, int seed)
    {
        _folder = Path.Combine(workingFolder, FolderName);
        Models = new ModelStore(ModelsFolder, seed);

        // What an interrupted run recorded, read once: the contenders this run finishes itself are never looked up.
        _interrupted = (Directory.Exists(_folder) ? Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal).Select(Read) : [])
            .ToDictionary(record => record.Pipeline, StringComparer.Ordinal);
        foreach (var record in _interrupted.Values)
        {
            Models.Reserve(record.Pipeline, record.Model);
        }
    }

    /// <summary>Where the models are saved (the networks' trainers write here too); the report's <c>models/</c> with <see cref="Experiment.SaveModels"/>.</summary>
    public string ModelsFolder => Path.Combine(_folder, "models");

    /// <summary>The store that saves the models.</summary>
    public ModelStore Models { get; }

    /// <summary>Whether <paramref name="workingFolder"/> holds any finished contender (so it can be resumed).</summary>
    /// <param name="workingFolder">A run's working folder.</param>
    public static bool AnyIn(string workingFolder) =>
        Directory.Exists(Path.Combine(workingFolder, FolderName)) && Directory.EnumerateFiles(Path.Combine(workingFolder, FolderName), "*.json").Any();

    /// <summary>Saves a contender that has just finished and records it; called before its classifier is disposed.</summary>
    /// <param name="result">What was measured.</param>
    /// <param name="classifier">The trained classifier.</param>
    /// <param name="reportBytes">Whether the run reports the saved model's size (it does with <see cref="Experiment.SaveModels"/>).</param>
    /// <returns>The saved model's size when reported, otherwise <c>null</c>.</returns>
    public long? Record(PipelineResult result, IImageClassifier classifier, bool reportBytes)
    {
        var bytes = Models.Save(result, classifier);
        if (bytes is not null && Models.FolderOf(result.Name) is { } model)
        {
            var record = new FinishedRecord(result.Name, model, result.Settings, result.ExtractSeconds, result.FeaturesFromCache, result.TrainSeconds, result.ModelSelection, reportBytes ? bytes : null);
            AtomicFile.WriteAllText(RecordPath(result.Name), JsonSerializer.Serialize(record, Json));
        }

        return reportBytes ? bytes : null;
    }

    /// <summary>The contender as the interrupted run finished it, its model loaded, or <c>null</c> when it has to be trained.</summary>
    /// <param name="contender">A contender of the run.</param>
    /// <param name="prepared">What its preparation on this run's dataset and split returned.</param>
    public ResumedContender? Find(IImageClassifierTrainer contender, IPreparedContender prepared)
    {
        ArgumentNullException.ThrowIfNull(contender);
        var name = $"{contender.FeaturesName}/{contender.ClassifierName}";
        if (!_interrupted.TryGetValue(name, out var record))
        {
            return null;
        }

        IImageClassifier classifier = ModelStore.Load(Path.Combine(ModelsFolder, record.Model));
        if (prepared is PreparedFeaturePipeline pipeline && classifier is FeaturePipelineClassifier loaded)
        {
            // The loaded model is taken over by the classifier that predicts from this run's prepared features.
            classifier = pipeline.Resumed(loaded);
        }

        return new ResumedContender(classifier, record.Settings, record.ExtractSeconds, record.FeaturesFromCache, record.TrainSeconds, record.ModelSelection, record.ModelBytes);
    }

    private string RecordPath(string pipeline) => Path.Combine(_folder, PipelineFileName.Of(pipeline) + ".json");

    private static FinishedRecord Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<FinishedRecord>(File.ReadAllText(path), Json) ?? throw new JsonException("empty record");
        }
        catch (JsonException error)
        {
            throw new Errors.UserInputException($"'{path}' is not a record of a finished pipeline ({error.Message}); expected the file an interrupted run wrote. Remove that run's folder to start afresh.");
        }
    }

    /// <summary>One finished contender's record.</summary>
    private sealed record FinishedRecord(string Pipeline, string Model, IReadOnlyDictionary<string, string> Settings, double ExtractSeconds, bool FeaturesFromCache, double TrainSeconds, ModelSelectionResult? ModelSelection, long? ModelBytes);
}
