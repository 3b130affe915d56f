using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Configuration;

/// <summary>
/// Reads a component's inline parameters with validation: every key must be one of the allowed ones, and
/// every value must parse and lie in range, or a message names the component, the key, the value and what is allowed.
/// </summary>
public sealed class ComponentParameters
{
    private readonly ComponentSpec _spec;
    private readonly string _kind;

    /// <summary>Checks that every parameter of <paramref name="spec"/> is one of <paramref name="allowed"/>.</summary>
    /// <param name="spec">The parsed component.</param>
    /// <param name="kind">What is being configured, for messages (e.g. <c>feature</c>).</param>
    /// <param name="allowed">The parameter names the component takes.</param>
    public ComponentParameters(ComponentSpec spec, string kind, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(allowed);
        _spec = spec;
        _kind = kind;
        foreach (var key in spec.Parameters.Keys)
        {
            if (!allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var valid = allowed.Count == 0 ? "it takes no parameters" : $"valid parameters: {string.Join(", ", allowed)}";
                throw new UserInputException($"The {kind} '{spec.Text}' has unknown parameter '{key}'; {valid}.");
            }
        }
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback, int min, int max = int.MaxValue) =>
        IntOrNull(key, min, max) ?? fallback;

    /// <summary>A whole number in <paramref name="range"/>, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback, IntRange range) =>
        IntOrNull(key, range.Min, range.Max) ?? fallback;

    /// <summary>A whole number in <paramref name="range"/>, or <c>null</c> when absent.</summary>
    public int? IntOrNull(string key, IntRange range) => IntOrNull(key, range.Min, range.Max);

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <c>null</c> when absent.</summary>
    public int? IntOrNull(string key, int min, int max = int.MaxValue)
    {
        if (!_spec.Parameters.TryGetValue(key, out var text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(key, text, new IntRange(min, max).Describe());
        }

        return value;
    }

    /// <summary>A number greater than <paramref name="exclusiveMin"/>, or <paramref name="fallback"/> when absent.</summary>
    public double Double(string key, double fallback, double exclusiveMin)
    {
        if (!_spec.Parameters.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > exclusiveMin) || double.IsInfinity(value))
        {
            throw Invalid(key, text, $"a number > {exclusiveMin.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    /// <summary><c>true</c>/<c>false</c>, or <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string key, bool fallback)
    {
        if (!_spec.Parameters.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw Invalid(key, text, "true or false"),
        };
    }

    /// <summary>One of <paramref name="choices"/>, or <paramref name="fallback"/> when absent.</summary>
    public string Choice(string key, string fallback, IReadOnlyCollection<string> choices)
    {
        if (!_spec.Parameters.TryGetValue(key, out var text))
        {
            return fallback;
        }

        var match = choices.FirstOrDefault(choice => choice.Equals(text, StringComparison.OrdinalIgnoreCase));
        return match ?? throw Invalid(key, text, $"one of {string.Join(", ", choices)}");
    }

    /// <summary>A size written <c>WxH</c> (or one number for a square), each in [1, 4096], or <c>null</c> when absent.</summary>
    public (int Width, int Height)? Size(string key)
    {
        if (!_spec.Parameters.TryGetValue(key, out var text))
        {
            return null;
        }

        var parts = text.ToLowerInvariant().Split('x');
        var numbers = parts.Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        if (numbers.Length is < 1 or > 2 || numbers.Any(n => n is < 1 or > OptionChecks.MaxImageSide))
        {
            throw Invalid(key, text, "a size WxH (e.g. 32x32) or one number, each from 1 to 4096");
        }

        return (numbers[0], numbers[^1]);
    }

    private UserInputException Invalid(string key, string value, string expected) =>
        new($"The {_kind} '{_spec.Text}' has {key}={value}; expected {expected}.");
}
