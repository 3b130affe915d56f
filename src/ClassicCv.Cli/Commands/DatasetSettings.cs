using System.ComponentModel;
using ClassicCv.Configuration;
using ClassicCv.Runs;
using ClassicCv.Datasets;
using ClassicCv.OpenCv.Features;
using ClassicCv.Splitting;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>The options every command that reads a dataset and extracts features shares: dataset, split, seed, cache.</summary>
internal abstract class DatasetSettings : CommandSettings
{
    [CommandOption("-d|--dataset <DATASET>")]
    [Description("A dataset folder (class subfolders, or train/ and test/), an IDX folder, a .csv/.tsv manifest, a grid-sheet dataset.json, or a built-in name.")]
    [DefaultValue("digits")]
    public string Dataset { get; init; } = "digits";

    [CommandOption("-s|--seed <SEED>")]
    [Description("Seed of every random step (split, learners, extractors that sample); written into every report.")]
    [DefaultValue("42")]
    public string Seed { get; init; } = "42";

    [CommandOption("--test-fraction <FRACTION>")]
    [Description("Share of each class held out for testing when the dataset has no split of its own; strictly between 0 and 1.")]
    [DefaultValue("0.2")]
    public string TestFraction { get; init; } = "0.2";

    [CommandOption("--cache <FOLDER>")]
    [Description("Feature cache folder (default: the per-user cache folder, e.g. ~/.cache/classiccv/features).")]
    public string? Cache { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the feature cache.")]
    public bool NoCache { get; init; }

    [CommandOption("--group-by <RULE>")]
    [Description("Keep groups of images (a patient, an object, a session) on one side of the hold-out split and of every cross-validation fold: prefix[[separator=_]] names each image's group by its file name up to the first separator (patient12_scan3.png -> patient12). A CSV/TSV manifest's group column is used without this option; this option replaces it.")]
    public string? GroupBy { get; init; }

    /// <summary>The seed, validated.</summary>
    public int SeedValue => OptionValues.Int("--seed", Seed);

    /// <summary>The test fraction, validated: strictly between 0 and 1.</summary>
    public double TestFractionValue => OptionValues.Fraction("--test-fraction", TestFraction);

    /// <summary>The feature cache the options ask for, or <c>null</c> with <c>--no-cache</c>.</summary>
    public FeatureCache? OpenCache() => FeatureCache.Open(Cache, NoCache);

    /// <summary>The dataset's own split, or a stratified hold-out with the test fraction and seed (by group when the items have groups, see <see cref="Grouped"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    public DataSplit SplitOf(ImageDataset dataset) => SplitPolicy.Split(Grouped(dataset), TestFractionValue, SeedValue);

    /// <summary>The dataset with the groups <c>--group-by</c> names (unchanged without the option: a manifest's group column stays).</summary>
    /// <param name="dataset">The dataset.</param>
    public ImageDataset Grouped(ImageDataset dataset) => SplitPolicy.Grouped(dataset, GroupBy);
}
