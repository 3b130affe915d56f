using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv extract</c>.</summary>
internal sealed class ExtractSettings : DatasetSettings
{
    [CommandOption("-f|--features <FEATURES>")]
    [Description("One feature pipeline, e.g. hog[[cell=4,block=2]] or hog+color-hist (extractors joined by + are concatenated).")]
    [DefaultValue("hog")]
    public string Features { get; init; } = "hog";

    [CommandOption("-o|--out <FILE>")]
    [Description("The Parquet file to write (replaced atomically); with --shard, a folder (DIR/) that receives part-IIIII-of-NNNNN.parquet.")]
    [DefaultValue("features.parquet")]
    public string Out { get; init; } = "features.parquet";

    [CommandOption("--shard <I/N>")]
    [Description("Extract only shard I of N (zero-based; a contiguous range of the items of both splits, in item order) into --out DIR/part-IIIII-of-NNNNN.parquet. Without it, a folder --out takes the shard from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX (with --shards).")]
    public string? Shard { get; init; }

    [CommandOption("--shards <N>")]
    [Description("Number of shards, for a Kubernetes Indexed Job (JOB_COMPLETION_INDEX gives the index); checked against --shard or Slurm's array when those are given.")]
    public string? Shards { get; init; }

    [CommandOption("-m|--model <DIR>")]
    [Description("With --shard: take the fitted extractor's learnt state (a SIFT codebook) from a classiccv fit-features folder or a saved pipeline, instead of learning it in the shard.")]
    public string? Model { get; init; }
}
