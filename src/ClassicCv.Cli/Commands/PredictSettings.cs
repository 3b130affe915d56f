using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv predict</c>.</summary>
internal sealed class PredictSettings : CommandSettings
{
    [CommandOption("-m|--model <DIR>")]
    [Description("A saved model folder: reports/<run>/models/<pipeline>/ written by classiccv run --save-models (a classical pipeline, or a network such as models/cnn).")]
    public string Model { get; init; } = "";

    [CommandArgument(0, "<PATH>")]
    [Description("Image files and/or folders (searched recursively for .png, .jpg, .jpeg, .bmp, .tif, .tiff, .webp, .pgm, .ppm).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <CSV>")]
    [Description("Write path,predicted_class,score to this CSV file instead of printing one line per image.")]
    public string? Out { get; init; }
}
