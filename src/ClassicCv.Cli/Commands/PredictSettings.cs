using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv predict</c>.</summary>
internal sealed class PredictSettings : CommandSettings
{
    [CommandOption("-m|--model <DIR>")]
    [Description("A saved model folder: reports/<run>/models/<pipeline>/ written by classiccv run --save-models (a classical pipeline, or a network such as models/cnn).")]
    public string Model { get; init; } = "";

    [CommandArgument(0, "[PATH]")]
    [Description("Image files and/or folders (searched recursively for .png, .jpg, .jpeg, .bmp, .tif, .tiff, .webp, .pgm, .ppm).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <CSV>")]
    [Description("Write path,predicted_class,score to this CSV file instead of printing one line per image; with --shard, a folder (DIR/) that receives part-IIIII-of-NNNNN.parquet.")]
    public string? Out { get; init; }

    [CommandOption("--list <FILE>")]
    [Description("A text file of image paths, one per line (relative paths resolve against its folder; blank lines are ignored), predicted after any PATH arguments. Listed files are not checked up front: one that is missing or unreadable is reported like an undecodable image.")]
    public string? List { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Predict only shard I of N (zero-based; a contiguous range of the images in the order given) into --out DIR/part-IIIII-of-NNNNN.parquet. Without it, a folder --out takes the shard from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX (with --shards).")]
    public string? Shard { get; init; }

    [CommandOption("--shards <N>")]
    [Description("Number of shards, for a Kubernetes Indexed Job (JOB_COMPLETION_INDEX gives the index).")]
    public string? Shards { get; init; }
}
