using ClassicCv.Errors;

namespace ClassicCv.Configuration;

/// <summary>
/// A component named on the command line with inline parameters: <c>name</c> or <c>name[key=value,key=value]</c>
/// (e.g. <c>hog[cell=4,block=2]</c>, <c>linear-svm[C=0.1]</c>).
/// </summary>
/// <param name="Text">The text as written.</param>
/// <param name="Name">The component name, lower-case.</param>
/// <param name="Parameters">The inline parameters, keys as written.</param>
public sealed record ComponentSpec(string Text, string Name, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Parses one spec.</summary>
    /// <param name="text">e.g. <c>hog[cell=4]</c>.</param>
    /// <param name="kind">What is being named, for messages (e.g. <c>feature</c>).</param>
    public static ComponentSpec Parse(string text, string kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            Require(trimmed.Length > 0 && !trimmed.Contains(']', StringComparison.Ordinal), text, kind);
            return new ComponentSpec(trimmed, trimmed.ToLowerInvariant(), new Dictionary<string, string>());
        }

        Require(open > 0 && trimmed.EndsWith(']'), text, kind);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = trimmed[(open + 1)..^1];
        foreach (var pair in body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            Require(equals > 0 && equals < pair.Length - 1, text, kind);
            var key = pair[..equals].Trim();
            if (!parameters.TryAdd(key, pair[(equals + 1)..].Trim()))
            {
                throw new UserInputException($"The {kind} '{text}' sets parameter '{key}' twice; set each parameter once.");
            }
        }

        return new ComponentSpec(trimmed, trimmed[..open].Trim().ToLowerInvariant(), parameters);
    }

    /// <summary>Splits a comma-separated list whose items may contain bracketed parameters with commas.</summary>
    /// <param name="list">e.g. <c>hog[cell=4,block=2],raw</c>.</param>
    /// <param name="kind">What is being named, for messages.</param>
    public static IReadOnlyList<ComponentSpec> ParseList(string list, string kind)
    {
        ArgumentNullException.ThrowIfNull(list);
        var specs = new List<ComponentSpec>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i == list.Length || (list[i] == ',' && depth == 0))
            {
                var part = list[start..i];
                if (part.Trim().Length == 0)
                {
                    throw new UserInputException($"The {kind} list '{list}' has an empty entry; expected comma-separated names.");
                }

                specs.Add(Parse(part, kind));
                start = i + 1;
            }
            else if (list[i] == '[')
            {
                depth++;
            }
            else if (list[i] == ']')
            {
                depth--;
            }
        }

        return specs;
    }

    private static void Require(bool condition, string text, string kind)
    {
        if (!condition)
        {
            throw new UserInputException($"The {kind} '{text}' is malformed; expected 'name' or 'name[key=value,...]'.");
        }
    }

    /// <summary>
    /// Expands a grid written with <c>|</c>-separated values (e.g. <c>linear-svm[C=0.01|0.1|1]</c>) into one spec per
    /// combination, in row-major order of the parameters as written; a spec without <c>|</c> expands to itself.
    /// </summary>
    public IReadOnlyList<ComponentSpec> ExpandGrid()
    {
        if (!Parameters.Values.Any(value => value.Contains('|', StringComparison.Ordinal)))
        {
            return [this];
        }

        IEnumerable<List<KeyValuePair<string, string>>> combinations = [[]];
        foreach (var (key, value) in Parameters)
        {
            var values = value.Split('|', StringSplitOptions.TrimEntries);
            if (values.Any(v => v.Length == 0))
            {
                throw new UserInputException($"The component '{Text}' has an empty value in {key}={value}; expected values separated by '|'.");
            }

            combinations = combinations.SelectMany(combination => values.Select(v => new List<KeyValuePair<string, string>>(combination) { new(key, v) })).ToArray();
        }

        return combinations
            .Select(combination => new ComponentSpec(
                $"{Name}[{string.Join(",", combination.Select(p => $"{p.Key}={p.Value}"))}]",
                Name,
                combination.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase)))
            .ToArray();
    }
}
