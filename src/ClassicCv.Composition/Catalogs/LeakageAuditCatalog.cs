using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Leakage;

namespace ClassicCv.Catalogs;

/// <summary>The leakage audit's text form: <c>on</c>, <c>off</c>, or <c>on[hash=N,correlation=R,gradient=R]</c>.</summary>
public static class LeakageAuditCatalog
{
    /// <summary>The audit's thresholds, or <c>null</c> for <c>off</c>.</summary>
    /// <param name="text">The text form.</param>
    /// <exception cref="UserInputException">Not one of the forms, or a threshold out of its range.</exception>
    public static LeakageAuditOptions? Parse(string text)
    {
        var spec = ComponentSpec.Parse(text, "leakage audit");
        if (spec.Name.Equals("off", StringComparison.OrdinalIgnoreCase) && spec.Parameters.Count == 0)
        {
            return null;
        }

        if (!spec.Name.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserInputException($"--leakage-audit is '{text}'; expected on, off, or on[hash=N,correlation=R,gradient=R].");
        }

        var options = LeakageAuditOptions.Default;
        foreach (var (key, value) in spec.Parameters)
        {
            options = key switch
            {
                "hash" => options with { MaxHashDistance = (int)Bounded(text, key, value, 0, 64, whole: true) },
                "correlation" => options with { MinCorrelation = Bounded(text, key, value, double.Epsilon, 1, whole: false) },
                "gradient" => options with { MinGradientCorrelation = Bounded(text, key, value, double.Epsilon, 1, whole: false) },
                _ => throw new UserInputException($"--leakage-audit '{text}' has no parameter '{key}'; expected hash, correlation or gradient."),
            };
        }

        return options;
    }

    private static double Bounded(string text, string key, string value, double minimum, double maximum, bool whole) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum && (!whole || number == Math.Floor(number))
            ? number
            : throw new UserInputException(whole
                ? $"--leakage-audit '{text}': {key} is '{value}'; expected a whole number of bits from 0 to 64."
                : $"--leakage-audit '{text}': {key} is '{value}'; expected a correlation above 0 and at most 1.");
}
