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
    [Description("The Parquet file to write (replaced atomically).")]
    [DefaultValue("features.parquet")]
    public string Out { get; init; } = "features.parquet";
}
