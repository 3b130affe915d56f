using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Corruptions;

namespace ClassicCv.Catalogs;

/// <summary>Parses <c>--corruptions</c>: corruption names (or <c>all</c>), each optionally with <c>[severity=1|3|5]</c> (all five by default).</summary>
public static class CorruptionCatalog
{
    private static readonly int[] AllSeverities = [1, 2, 3, 4, 5];

    /// <summary>The requests of a comma-separated list, in the order of <see cref="ImageCorruptions.All"/>; empty for an empty list or <c>none</c>.</summary>
    /// <param name="list">e.g. <c>gaussian-noise[severity=1|3|5],jpeg</c> or <c>all[severity=1|3|5]</c>.</param>
    public static IReadOnlyList<CorruptionRequest> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Trim().Length == 0 || list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var requests = new Dictionary<string, CorruptionRequest>(StringComparer.Ordinal);
        foreach (var spec in ComponentSpec.ParseList(list, "corruption"))
        {
            var severities = Severities(spec);
            var named = spec.Name == "all" ? ImageCorruptions.All : [ImageCorruptions.Named(spec.Name)];
            foreach (var corruption in named)
            {
                if (!requests.TryAdd(corruption.Name, new CorruptionRequest(corruption, severities)))
                {
                    throw new UserInputException($"--corruptions names '{corruption.Name}' more than once ('{list}'); expected each corruption once.");
                }
            }
        }

        return ImageCorruptions.All.Where(c => requests.ContainsKey(c.Name)).Select(c => requests[c.Name]).ToArray();
    }

    private static int[] Severities(ComponentSpec spec)
    {
        _ = new ComponentParameters(spec, "corruption", ["severity"]);
        if (!spec.Parameters.TryGetValue("severity", out var text))
        {
            return AllSeverities;
        }

        var severities = new SortedSet<int>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var severity) || severity is < 1 or > 5 || !severities.Add(severity))
            {
                throw new UserInputException($"The corruption '{spec.Text}' has severity '{part}'; expected distinct whole numbers from 1 to 5 separated by | (e.g. severity=1|3|5).");
            }
        }

        return severities.ToArray();
    }
}
