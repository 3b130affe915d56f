using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv fit-features</c>.</summary>
internal sealed class FitFeaturesSettings : DatasetSettings
{
    [CommandOption("-f|--features <FEATURES>")]
    [Description("One feature pipeline whose learnt state (e.g. the codebook of sift-bovw[[k=64]]) is fitted on the training split.")]
    [DefaultValue("sift-bovw")]
    public string Features { get; init; } = "sift-bovw";

    [CommandOption("-o|--out <DIR>")]
    [Description("The folder that receives features.json, to pass as --model DIR to every shard of extract --shard.")]
    [DefaultValue("fitted-features")]
    public string Out { get; init; } = "fitted-features";
}
