using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv extract</c>.</summary>
internal sealed class ExtractSettings : CommandSettings
{
    [CommandOption("-d|--dataset <DATASET>")]
    [Description("A dataset folder, an IDX folder, a .csv/.tsv manifest, a grid-sheet dataset.json, or a built-in name.")]
    [DefaultValue("digits")]
    public string Dataset { get; init; } = "digits";

    [CommandOption("-f|--features <FEATURES>")]
    [Description("One feature pipeline, e.g. hog[[cell=4,block=2]] or hog+color-hist (extractors joined by + are concatenated).")]
    [DefaultValue("hog")]
    public string Features { get; init; } = "hog";

    [CommandOption("-o|--out <FILE>")]
    [Description("The Parquet file to write (replaced atomically).")]
    [DefaultValue("features.parquet")]
    public string Out { get; init; } = "features.parquet";

    [CommandOption("-s|--seed <SEED>")]
    [Description("Seed of the split and of extractors that sample (e.g. the SIFT codebook).")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--test-fraction <FRACTION>")]
    [Description("Share of each class held out as the test split when the dataset has no split of its own; strictly between 0 and 1.")]
    [DefaultValue(0.2)]
    public double TestFraction { get; init; } = 0.2;

    [CommandOption("--cache <FOLDER>")]
    [Description("Feature cache folder (default: the per-user cache folder, e.g. ~/.cache/classiccv/features).")]
    public string? Cache { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the feature cache.")]
    public bool NoCache { get; init; }
}
