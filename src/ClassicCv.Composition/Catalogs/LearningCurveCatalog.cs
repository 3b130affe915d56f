using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.Studies.LearningCurves;

namespace ClassicCv.Catalogs;

/// <summary>Parses <c>--learning-curve</c>: training images per class (whole numbers ≥ 1), fractions of each class (0 &lt; f &lt; 1) or <c>all</c>.</summary>
public static class LearningCurveCatalog
{
    /// <summary>The sizes of a comma-separated list; empty for an empty list or <c>none</c>.</summary>
    /// <param name="list">e.g. <c>10,50,200,all</c> or <c>0.1,0.5,all</c>.</param>
    public static IReadOnlyList<TrainingSize> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Trim().Length == 0 || list.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var sizes = new List<TrainingSize>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries))
        {
            var size = part.Equals("all", StringComparison.OrdinalIgnoreCase) ? TrainingSize.All
                : int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var perClass) && perClass >= 1 ? new TrainingSize(perClass, null)
                : double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) && fraction is > 0 and < 1 && part.Contains('.', StringComparison.Ordinal) ? new TrainingSize(null, fraction)
                : throw new UserInputException($"--learning-curve has size '{part}' in '{list}'; expected training images per class (a whole number ≥ 1), a fraction of each class strictly between 0 and 1 (e.g. 0.25), or all.");
            if (sizes.Contains(size))
            {
                throw new UserInputException($"--learning-curve names size '{part}' more than once ('{list}'); expected each size once.");
            }

            sizes.Add(size);
        }

        return sizes;
    }
}
