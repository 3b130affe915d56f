using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>The <c>run</c> option that chooses the evaluation protocol (hold-out or cross-validation).</summary>
internal sealed partial class RunSettings
{
    [CommandOption("--evaluation <PROTOCOL>")]
    [Description("How pipelines are evaluated: holdout (one stratified hold-out, or the dataset's own split) or cv[[folds=10,repeats=1]] (repeated stratified k-fold cross-validation over every image: each image predicted once per repeat; mean ± std over the folds and the Nadeau-Bengio corrected resampled t-test). Writes cv_folds.csv, cv_summary.csv and cv_predictions.csv in cv mode.")]
    [DefaultValue("holdout")]
    public string Evaluation { get; init; } = "holdout";
}
