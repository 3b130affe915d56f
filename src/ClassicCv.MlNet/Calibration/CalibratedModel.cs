using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Evaluation.Calibration;
using ClassicCv.Features;
using ClassicCv.Learning;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// A model whose per-class scores pass through fitted one-vs-rest calibrators and are renormalised to sum to 1. The
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
    /// <param name="calibrators">One calibrator per class.</param>
    /// <param name="method">The calibration method's name, for reports.</param>
    public CalibratedModel(IClassifierModel inner, IReadOnlyList<ClassCalibrator> calibrators, string method)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(calibrators);
        if (calibrators.Count != inner.ClassCount)
        {
            throw new ArgumentException($"Received {calibrators.Count} calibrators for {inner.ClassCount} classes; expected one per class.", nameof(calibrators));
        }

        Inner = inner;
        Calibrators = calibrators;
        Method = method;
    }

    /// <inheritdoc />
    public IClassifierModel Inner { get; }

    /// <summary>One calibrator per class.</summary>
    public IReadOnlyList<ClassCalibrator> Calibrators { get; }

    /// <summary>The calibration method's name.</summary>
    public string Method { get; }

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

        var file = JsonSerializer.Deserialize<CalibrationFile>(File.ReadAllText(path))
            ?? throw new UserInputException($"'{path}' is empty; expected calibrators.");
        var model = inner(Path.Combine(directory, ModelFolder));
        return new CalibratedModel(model, file.Calibrators, file.Method);
    }

    /// <inheritdoc />
    public void Save(string directory)
    {
        var saveable = Inner as ISaveableModel ?? throw new NotSupportedException($"The model {Inner.GetType().Name} cannot be saved.");
        var folder = Directory.CreateDirectory(Path.Combine(directory, ModelFolder)).FullName;
        saveable.Save(folder);
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(new CalibrationFile(Method, Calibrators.ToArray())));
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
            var row = calibrated.AsSpan(i * classes, classes);
            for (var k = 0; k < classes; k++)
            {
                row[k] = Calibrators[k].Probability(scores[(i * classes) + k]);
            }

            ScoreProbabilities.Normalise(row, row);
        });
        return new Predictions(raw.Labels, calibrated, true) { Uncalibrated = raw, CalibrationMethod = Method };
    }

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();

    private sealed record CalibrationFile(string Method, ClassCalibrator[] Calibrators);
}
