using ClassicCv.Errors;

namespace ClassicCv.MlNet.Calibration;

/// <summary>
/// <c>calibration.json</c> of a saved <see cref="CalibratedModel"/>: the method and its fitted parameters (per-class
/// calibrators for Platt / isotonic, the weight matrix and biases for multinomial, the temperature for temperature).
/// </summary>
/// <param name="Method">The method's name.</param>
/// <param name="Calibrators">One-vs-rest: one calibrator per class.</param>
/// <param name="Weights">Multinomial: class-major K×K weights.</param>
/// <param name="Biases">Multinomial: one bias per class.</param>
/// <param name="Temperature">Temperature: T.</param>
public sealed record CalibrationFile(string Method, ClassCalibrator[]? Calibrators, float[]? Weights = null, float[]? Biases = null, double? Temperature = null)
{
    /// <summary>The file form of <paramref name="calibrator"/>.</summary>
    /// <param name="calibrator">A fitted calibrator.</param>
    public static CalibrationFile Of(IScoreCalibrator calibrator) => calibrator switch
    {
        OneVsRestCalibrator ovr => new(ovr.Method, [.. ovr.Classes]),
        MultinomialCalibrator m => new(m.Method, null, m.Weights, m.Biases),
        TemperatureCalibrator t => new(t.Method, null, Temperature: t.Temperature),
        _ => throw new NotSupportedException($"The calibrator {calibrator.GetType().Name} cannot be saved."),
    };

    /// <summary>The calibrator this file describes.</summary>
    /// <param name="path">The file, for error messages.</param>
    public IScoreCalibrator ToCalibrator(string path) => this switch
    {
        { Method: "multinomial", Weights: { } w, Biases: { } b } when w.Length == b.Length * b.Length => new MultinomialCalibrator(w, b),
        { Method: "temperature", Temperature: { } t } when t > 0 => new TemperatureCalibrator(t),
        { Method: "platt" or "isotonic", Calibrators: { } c } => new OneVsRestCalibrator(Method, c),
        _ => throw new UserInputException($"'{path}' holds method '{Method}' without its parameters; expected platt or isotonic with calibrators, multinomial with weights and biases, or temperature with a temperature > 0."),
    };
}
