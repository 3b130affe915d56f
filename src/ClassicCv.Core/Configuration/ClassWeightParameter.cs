using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.Learning.Weighting;

namespace ClassicCv.Configuration;

/// <summary>
/// Reads the inline <c>class-weight</c> parameter of a classifier or network: <c>balanced</c>, <c>none</c>, or explicit
/// weights <c>name:weight</c> separated by <c>;</c> (e.g. <c>class-weight=cat:2;dog:1</c>; classes not named count 1).
/// <c>|</c> is not allowed: it would make a grid, and a grid search scores accuracy, which weighting does not aim at.
/// </summary>
public static class ClassWeightParameter
{
    /// <summary>The parameter's name.</summary>
    public const string Key = "class-weight";

    /// <summary>The weighting <paramref name="spec"/> asks for, or <c>null</c> when it has no <c>class-weight</c> (or <c>none</c>).</summary>
    /// <param name="spec">The component.</param>
    /// <param name="kind">What is being configured, for messages (e.g. <c>classifier</c>).</param>
    /// <param name="classNames">The dataset's class names, which explicit weights name; <c>null</c> to check only their form (the weights are then not usable).</param>
    /// <exception cref="UserInputException">The value is malformed, a weight is not a number &gt; 0, or a name is not a class.</exception>
    public static ClassWeighting? Parse(ComponentSpec spec, string kind, IReadOnlyList<string>? classNames)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!spec.Parameters.TryGetValue(Key, out var text))
        {
            return null;
        }

        var expected = "balanced, none, or weights name:weight separated by ';' (e.g. cat:2;dog:1), each weight a number > 0";
        if (text.Contains('|', StringComparison.Ordinal))
        {
            throw new UserInputException($"The {kind} '{spec.Text}' has {Key}={text}; a class weighting cannot be a grid (a search scores accuracy, which weighting does not aim at): expected one of {expected}.");
        }

        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (text.Equals("balanced", StringComparison.OrdinalIgnoreCase))
        {
            return ClassWeighting.Balanced;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in text.Split(';', StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon <= 0 || !double.TryParse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !(weight > 0) || double.IsInfinity(weight))
            {
                throw new UserInputException($"The {kind} '{spec.Text}' has {Key}={text}; expected {expected}.");
            }

            if (!weights.TryAdd(entry[..colon].Trim(), weight))
            {
                throw new UserInputException($"The {kind} '{spec.Text}' has {Key}={text}, which weights class '{entry[..colon].Trim()}' twice; expected each class once.");
            }
        }

        if (classNames is null)
        {
            return ClassWeighting.Explicit([], text);
        }

        var unknown = weights.Keys.FirstOrDefault(name => !classNames.Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
        {
            var shown = string.Join(", ", classNames.Take(12)) + (classNames.Count > 12 ? ", …" : "");
            throw new UserInputException($"The {kind} '{spec.Text}' weights class '{unknown}', which the dataset does not have; its classes are: {shown}.");
        }

        return ClassWeighting.Explicit(classNames.Select(name => weights.GetValueOrDefault(name, 1)).ToArray(), text);
    }
}
