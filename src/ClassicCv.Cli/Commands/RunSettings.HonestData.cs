using System.ComponentModel;
using System.Globalization;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Leakage;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>The honest-data options of <c>classiccv run</c>: the leakage audit and the slices.</summary>
internal sealed partial class RunSettings
{
    [CommandOption("--leakage-audit <MODE>")]
    [Description("Before training, look for test images that are also training images: exact duplicates (same decoded pixels) and near duplicates (pHash within hash bits, then 16x16 grayscale correlation >= correlation and gradient correlation >= gradient). on, off, or on[[hash=10,correlation=0.98,gradient=0.985]]. Findings go to run.json, leakage.csv and the report, with a warning.")]
    [DefaultValue("on")]
    public string LeakageAudit { get; init; } = "on";

    [CommandOption("--drop-leaked")]
    [Description("Drop the test images the leakage audit finds in the training split (exact or near duplicates) from the test split before training; the dropped images are listed.")]
    public bool DropLeaked { get; init; }

    [CommandOption("--slice-by <COLUMN>")]
    [Description("A column of the CSV/TSV manifest (e.g. site, device, sex): every pipeline's accuracy and macro-F1 per value of it, with 95% bootstrap intervals, flagging values significantly below the rest of the test split (one-sided Fisher exact test, Holm-corrected). Writes slices.csv.")]
    public string? SliceBy { get; init; }

    /// <summary>The audit's thresholds, validated, or <c>null</c> for <c>off</c>.</summary>
    public LeakageAuditOptions? LeakageAuditValue
    {
        get
        {
            var spec = ComponentSpec.Parse(LeakageAudit, "leakage audit");
            if (spec.Name.Equals("off", StringComparison.OrdinalIgnoreCase) && spec.Parameters.Count == 0)
            {
                return null;
            }

            if (!spec.Name.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserInputException($"--leakage-audit is '{LeakageAudit}'; expected on, off, or on[hash=N,correlation=R,gradient=R].");
            }

            var options = LeakageAuditOptions.Default;
            foreach (var (key, value) in spec.Parameters)
            {
                options = key switch
                {
                    "hash" => options with { MaxHashDistance = (int)Bounded(key, value, 0, 64, whole: true) },
                    "correlation" => options with { MinCorrelation = Bounded(key, value, double.Epsilon, 1, whole: false) },
                    "gradient" => options with { MinGradientCorrelation = Bounded(key, value, double.Epsilon, 1, whole: false) },
                    _ => throw new UserInputException($"--leakage-audit '{LeakageAudit}' has no parameter '{key}'; expected hash, correlation or gradient."),
                };
            }

            return options;
        }
    }

    private double Bounded(string key, string text, double minimum, double maximum, bool whole) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum && (!whole || value == Math.Floor(value))
            ? value
            : throw new UserInputException(whole
                ? $"--leakage-audit '{LeakageAudit}': {key} is '{text}'; expected a whole number of bits from 0 to 64."
                : $"--leakage-audit '{LeakageAudit}': {key} is '{text}'; expected a correlation above 0 and at most 1.");
}
