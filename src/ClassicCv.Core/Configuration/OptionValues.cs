using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Configuration;

/// <summary>Parses option values with messages that name the option, the value and what is allowed.</summary>
public static class OptionValues
{
    /// <summary>A whole number, at least <paramref name="minimum"/>.</summary>
    public static int Int(string option, string text, int minimum = int.MinValue) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new UserInputException(minimum == int.MinValue
                ? $"{option} is '{text}'; expected a whole number from {int.MinValue} to {int.MaxValue}."
                : $"{option} is '{text}'; expected a whole number ≥ {minimum} (at most {int.MaxValue}).");

    /// <summary>A number strictly between 0 and 1.</summary>
    public static double Fraction(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1
            ? value
            : throw new UserInputException($"{option} is {text}; expected a number strictly between 0 and 1.");
}
