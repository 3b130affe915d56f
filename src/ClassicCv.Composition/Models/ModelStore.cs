using ClassicCv.Catalogs;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;
using ClassicCv.Onnx.Deep;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Reports;

namespace ClassicCv.Models;

/// <summary>
/// Saved models: a run with <see cref="Runs.Experiment.SaveModels"/> saves each trained contender into a staging
/// folder (one subfolder per pipeline, named after it) that becomes the report's <c>models/</c>; <see cref="Load"/>
/// loads any such folder — a classical pipeline (<c>pipeline.json</c>: extractor settings and learnt state, fitted
/// transforms, classifier) or a network (<c>model.onnx</c> + <c>model.json</c>: the CNN, a fine-tuned ResNet-18, a
/// user's ONNX model) — ready to classify new images, as <c>classiccv predict</c> and <c>classiccv serve</c> do.
/// </summary>
public sealed class ModelStore
{
    private readonly string _staging;
    private readonly int _seed;
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly List<string> _skipped = [];

    /// <summary>Creates the saver.</summary>
    /// <param name="staging">A folder that does not exist yet; created on the first save.</param>
    /// <param name="seed">The run's seed, saved with each pipeline.</param>
    public ModelStore(string staging, int seed)
    {
        _staging = staging;
        _seed = seed;
    }

    /// <summary>Loads the model saved in <paramref name="folder"/> (e.g. <c>reports/&lt;run&gt;/models/hog-linear-svm</c>).</summary>
    /// <param name="folder">A model folder written by a run (or by <c>classiccv fit-features</c> for shipped features).</param>
    /// <param name="networkBatch">Images per forward pass of a network, or <c>null</c> for the saved one.</param>
    /// <returns>The classifier; dispose it to release its native objects. One instance serves one thread.</returns>
    /// <exception cref="Errors.UserInputException">The folder is missing, tampered with, or from an incompatible version; the message names the file.</exception>
    public static IDecodedImageClassifier Load(string folder, int? networkBatch = null) =>
        SavedModel.Load(folder, FeatureCatalog.ParseOne, ModelCatalog.Load, networkBatch);

    /// <summary>The folder (under the staging folder) that holds the pipeline's saved model, or <c>null</c> when it was not saved.</summary>
    /// <param name="pipeline">The pipeline's name (<c>features/classifier</c>).</param>
    public string? FolderOf(string pipeline) => _folders.GetValueOrDefault(pipeline);

    /// <summary>Records that an earlier, interrupted run already saved <paramref name="pipeline"/> in <paramref name="folder"/>, so no other pipeline takes that folder.</summary>
    /// <param name="pipeline">The pipeline's name.</param>
    /// <param name="folder">Its folder's name under the staging folder.</param>
    public void Reserve(string pipeline, string folder) => _folders[pipeline] = folder;

    /// <summary>Pipelines that could not be saved, with the reason (for the run's warnings).</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>Saves one trained pipeline: a feature pipeline or a network read from an ONNX file (the <c>cnn</c>, <c>onnx:PATH</c>), with or without test-time flips (<c>+tta</c>); others are skipped.</summary>
    /// <param name="result">The pipeline's result (for its name).</param>
    /// <param name="classifier">The trained classifier.</param>
    /// <returns>The size of the saved model folder in bytes, or <c>null</c> when it was not saved.</returns>
    public long? Save(PipelineResult result, IImageClassifier classifier)
    {
        // A network's fitted temperature goes into its model.json, so predict and serve give the run's probabilities.
        double? temperature = null;
        if (classifier is TemperatureScaledClassifier scaled)
        {
            temperature = scaled.Temperature;
            classifier = scaled.Inner;
        }

        if (classifier is not (FeaturePipelineClassifier or MirrorAveragedPipelineClassifier or OnnxImageClassifier { ModelPath: not null }))
        {
            _skipped.Add($"{result.Name}: model not saved (only feature pipelines and ONNX networks can be saved).");
            return null;
        }

        // A network's row is "image/cnn": its folder is named after the network alone.
        var baseName = PipelineFileName.Of(result.Features == EndToEnd.FeaturesName ? result.Classifier : result.Name);
        var name = baseName;
        for (var n = 2; _folders.ContainsValue(name); n++)
        {
            name = $"{baseName}-{n}";
        }

        _folders[result.Name] = name;
        var folder = Path.Combine(_staging, name);
        try
        {
            // Left by an interrupted run that was killed while saving it.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            switch (classifier)
            {
                case OnnxImageClassifier network:
                    SavedNetwork.Save(network, folder, result.Name, temperature);
                    break;
                case MirrorAveragedPipelineClassifier flipped:
                    SavedPipeline.Save(flipped, folder, _seed);
                    break;
                default:
                    SavedPipeline.Save((FeaturePipelineClassifier)classifier, folder, _seed);
                    break;
            }

            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
        }
        catch (NotSupportedException error)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            _folders.Remove(result.Name);
            _skipped.Add($"{result.Name}: model not saved ({error.Message})");
            return null;
        }
    }
}
