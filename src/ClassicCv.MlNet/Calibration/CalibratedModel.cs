using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Features;
using ClassicCv.Learning;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// A model whose per-class scores pass through a fitted calibrator (one-vs-rest Platt or isotonic renormalised,
/// multinomial, or temperature) into probabilities that sum to 1. The
/// predicted class stays the inner model's (calibration never changes a prediction, only its probability). It saves as
/// kind <c>calibrated+inner-kind</c>: <c>calibration.json</c> and the inner model in <c>model/</c>.
/// </summary>
public sealed class CalibratedModel : ISaveableModel, IWrappingModel
{
    /// <summary>Prefix of the saved kind.</summary>
    public const string KindPrefix = "calibrated+";

    /// <summary>Subfolder of the saved inner model.</summary>
    public const string ModelFolder = "model";

    private const string FileName = "calibration.json";

    /// <summary>Composes the parts; disposing this disposes <paramref name="inner"/>.</summary>
    /// <param name="inner">The model trained on all the training data.</param>
    /// <param name="calibrator">The fitted score → probability map.</param>
    public CalibratedModel(IClassifierModel inner, IScoreCalibrator calibrator)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(calibrator);
        var classes = calibrator switch
        {
            OneVsRestCalibrator ovr => ovr.Classes.Count,
            MultinomialCalibrator m => m.Biases.Length,
            _ => inner.ClassCount,
        };
        if (classes != inner.ClassCount)
        {
            throw new ArgumentException($"Received a calibrator for {classes} classes for a model of {inner.ClassCount}; expected one per class.", nameof(calibrator));
        }

        Inner = inner;
        Calibrator = calibrator;
    }

    /// <inheritdoc />
    public IClassifierModel Inner { get; }

    /// <summary>The fitted score → probability map.</summary>
    public IScoreCalibrator Calibrator { get; }

    /// <summary>The calibration method's name.</summary>
    public string Method => Calibrator.Method;

    /// <inheritdoc />
    public int ClassCount => Inner.ClassCount;

    /// <inheritdoc />
    public string Kind => KindPrefix + ((Inner as ISaveableModel)?.Kind ?? throw new NotSupportedException($"The model {Inner.GetType().Name} cannot be saved."));

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder it was saved to.</param>
    /// <param name="inner">Loads the inner model from its folder.</param>
    public static CalibratedModel Load(string directory, Func<string, IClassifierModel> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new UserInputException($"Saved model '{directory}' has no {FileName}; expected a folder written by classiccv run --save-models.");
        }

        var calibrator = (JsonSerializer.Deserialize<CalibrationFile>(File.ReadAllText(path))
            ?? throw new UserInputException($"'{path}' is empty; expected calibrators.")).ToCalibrator(path);
        var model = inner(Path.Combine(directory, ModelFolder));
        return new CalibratedModel(model, calibrator);
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        var saveable = Inner as ISaveableModel ?? throw new NotSupportedException($"The model {Inner.GetType().Name} cannot be saved.");
        var folder = Directory.CreateDirectory(Path.Combine(directory, ModelFolder)).FullName;
        saveable.Save(folder);
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(CalibrationFile.Of(Calibrator)));
    }

    /// <inheritdoc />
    public Predictions Predict(FeatureMatrix features)
    {
        var raw = Inner.Predict(features);
        if (raw.Scores is not { } scores)
        {
            return raw;
        }

        var classes = ClassCount;
        var calibrated = new float[scores.Length];
        Parallel.For(0, raw.Labels.Length, i =>
        {
            Calibrator.Calibrate(scores.AsSpan(i * classes, classes), calibrated.AsSpan(i * classes, classes));
        });
        return new Predictions(raw.Labels, calibrated, true) { Uncalibrated = raw, CalibrationMethod = Method };
    }

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
