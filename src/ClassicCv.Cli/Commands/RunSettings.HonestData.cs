using System.ComponentModel;
using ClassicCv.Catalogs;
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
    public LeakageAuditOptions? LeakageAuditValue => LeakageAuditCatalog.Parse(LeakageAudit);
}
