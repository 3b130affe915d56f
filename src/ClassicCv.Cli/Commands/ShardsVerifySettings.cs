using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv shards verify</c>.</summary>
internal sealed class ShardsVerifySettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder the shards wrote their part-IIIII-of-NNNNN.parquet files into.")]
    public string Folder { get; init; } = "";
}
