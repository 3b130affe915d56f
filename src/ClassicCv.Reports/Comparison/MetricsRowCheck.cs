using System.Globalization;
using ClassicCv.Errors;

namespace ClassicCv.Reports.Comparison;

/// <summary>
/// Validates every value <c>compare</c> reads from a <c>metrics.csv</c> row, so a mangled file (accuracy 7.5,
/// <c>NaN</c>, <c>abc</c>, a decimal comma, a cut row) is refused with its file, row, column and value instead of
/// being ranked.
/// </summary>
internal static class MetricsRowCheck
{
    private static readonly string[] Ratios = ["accuracy", "macro_f1", "balanced_accuracy"];
    private static readonly string[] OptionalRatios = ["accuracy_ci_low", "accuracy_ci_high"];
    private static readonly string[] Counts = ["n_train", "n_test"];
    private static readonly string[] OptionalDurations = ["extract_ms_per_image", "train_seconds"];

    /// <summary>Checks one data row.</summary>
    /// <param name="path">The <c>metrics.csv</c> file, for messages.</param>
    /// <param name="row">The 1-based data row (the header not counted).</param>
    /// <param name="header">The header's column names.</param>
    /// <param name="fieldCount">How many fields the row has.</param>
    /// <param name="cells">The row's values by column name.</param>
    /// <exception cref="UserInputException">A value is missing, not a number, or out of its range.</exception>
    public static void Check(string path, int row, IReadOnlyList<string> header, int fieldCount, IReadOnlyDictionary<string, string> cells)
    {
        if (fieldCount != header.Count)
        {
            throw new UserInputException($"'{path}' row {row} has {fieldCount} values but the header has {header.Count} columns; expected a metrics.csv written by 'classiccv run', not cut or edited.");
        }

        foreach (var column in new[] { "features", "classifier" })
        {
            if (string.IsNullOrWhiteSpace(cells.GetValueOrDefault(column)))
            {
                throw Bad(path, row, column, cells.GetValueOrDefault(column, ""), "a non-empty name");
            }
        }

        foreach (var column in Ratios)
        {
            Number(path, row, column, cells, optional: false, 0, 1);
        }

        foreach (var column in OptionalRatios.Where(cells.ContainsKey))
        {
            Number(path, row, column, cells, optional: true, 0, 1);
        }

        foreach (var column in Counts.Where(cells.ContainsKey))
        {
            if (!long.TryParse(cells[column], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw Bad(path, row, column, cells[column], "a whole number ≥ 0");
            }
        }

        if (cells.TryGetValue("seed", out var seed) && !int.TryParse(seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw Bad(path, row, "seed", seed, "a whole number");
        }

        if (cells.TryGetValue("cohen_kappa", out var kappa) && kappa is not ("" or "NaN"))
        {
            Number(path, row, "cohen_kappa", cells, optional: true, -1, 1);
        }

        foreach (var column in OptionalDurations.Where(cells.ContainsKey))
        {
            Number(path, row, column, cells, optional: true, 0, double.MaxValue);
        }

        if (cells.TryGetValue("predict_images_per_second", out var rate) && rate is not ("" or "Infinity"))
        {
            Number(path, row, "predict_images_per_second", cells, optional: true, 0, double.MaxValue);
        }
    }

    private static void Number(string path, int row, string column, IReadOnlyDictionary<string, string> cells, bool optional, double low, double high)
    {
        var text = cells.GetValueOrDefault(column, "");
        if (optional && text.Length == 0)
        {
            return;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < low || value > high)
        {
            throw Bad(path, row, column, text, high == double.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"a number ≥ {low} with a decimal point")
                : string.Create(CultureInfo.InvariantCulture, $"a number from {low} to {high} with a decimal point"));
        }
    }

    private static UserInputException Bad(string path, int row, string column, string value, string expected) =>
        new($"'{path}' row {row}, column '{column}': the value is '{value}'; expected {expected} (a metrics.csv written by 'classiccv run').");
}
