using System.Globalization;
using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Features;
using ClassicCv.Features.Transforms;
using ClassicCv.Learning;
using ClassicCv.OpenCv.Features;
using OpenCvSharp;

namespace ClassicCv.OpenCv.Pipelines;

/// <summary>
/// Validates a saved pipeline folder completely while it is loaded, so a tampered, cut or mismatched file is refused
/// at load with its name and what is wrong, never on the first image predicted.
/// </summary>
internal static class SavedPipelineCheck
{
    /// <summary>Every field of <c>pipeline.json</c> the loader needs is present and sensible.</summary>
    public static void RequireFields(PipelineFile file, string path)
    {
        if (string.IsNullOrWhiteSpace(file.Features) || string.IsNullOrWhiteSpace(file.Classifier) || file.ExtractorSettings is null)
        {
            throw new UserInputException($"'{path}' lacks 'features', 'extractor_settings' or 'classifier'; expected a pipeline.json written by classiccv run --save-models.");
        }

        if (file.ReferenceWidth < 1 || file.ReferenceHeight < 1)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"'{path}' has reference size {file.ReferenceWidth}×{file.ReferenceHeight}; expected positive widths and heights in pixels."));
        }

        if (file.ClassNames is not { Count: >= 1 } names || names.Any(string.IsNullOrEmpty) || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new UserInputException($"'{path}' has class_names [{string.Join(", ", file.ClassNames ?? [])}]; expected one or more distinct, non-empty names.");
        }
    }

    /// <summary>Loads the classifier, turning any failure to read its files into an error that names them.</summary>
    public static IClassifierModel LoadModel(Func<string, string, IClassifierModel> models, string kind, string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"Saved model folder '{folder}' does not exist; expected the classifier's files written by classiccv run --save-models.");
        }

        try
        {
            return models(kind, folder);
        }
        catch (Exception error) when (error is OpenCVException or OpenCvSharpException or JsonException or IOException or UnauthorizedAccessException
            or FormatException or InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException or IndexOutOfRangeException or OverflowException)
        {
            var files = string.Join(", ", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal));
            throw new UserInputException($"The saved classifier in '{folder}' ({files}) cannot be read: {OpenCvMessages.OneLine(error)}; expected the files as classiccv run --save-models wrote them (damaged, cut short or edited?).", error);
        }
    }

    /// <summary>The extractor, transforms, classifier and class names fit together: one image of zeros passes through them all.</summary>
    public static void RequireFit(string path, PipelineFile file, IFeatureExtractor extractor, IReadOnlyList<IFittedFeatureTransform> transforms, IClassifierModel model)
    {
        if (model.ClassCount != file.ClassNames.Count)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"'{path}' lists {file.ClassNames.Count} class_names, but its classifier predicts {model.ClassCount} classes; expected one name per class."));
        }

        var stage = $"the feature '{file.Features}' ({extractor.Length} values per image)";
        try
        {
            var features = new FeatureMatrix(1, extractor.Length);
            for (var i = 0; i < transforms.Count; i++)
            {
                stage = $"transform {i + 1} of {transforms.Count} ({file.Transforms[i].Kind}, {features.Columns} values in)";
                features = transforms[i].Apply(features);
            }

            stage = $"the classifier ({file.Classifier}, {features.Columns} values in)";
            var predictions = model.Predict(features);
            if (predictions.Labels.Length != 1 || predictions.Labels[0] < 0 || predictions.Labels[0] >= file.ClassNames.Count)
            {
                throw new InvalidDataException($"it predicted label {(predictions.Labels.Length == 1 ? predictions.Labels[0] : -1)} for {file.ClassNames.Count} classes");
            }
        }
        catch (Exception error) when (error is ArgumentException or InvalidDataException or OpenCVException or OpenCvSharpException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new UserInputException($"Model '{Path.GetDirectoryName(path)}' does not fit together at {stage}: {OpenCvMessages.OneLine(error)} (was {PipelineFile.FileName} or classifier/ taken from another run?).", error);
        }
    }
}
