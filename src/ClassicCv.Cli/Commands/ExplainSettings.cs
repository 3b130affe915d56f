using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv explain</c>.</summary>
internal sealed class ExplainSettings : CommandSettings
{
    [CommandOption("-m|--model <PATH>")]
    [Description("A saved pipeline folder (reports/<run>/models/<pipeline>/, from classiccv run --save-models), or a network's .onnx file with its .json beside it (a run's CNN in reports/<run>/models/, or your own with \"inputSize\" and \"labels\").")]
    public string Model { get; init; } = "";

    [CommandArgument(0, "<PATH>")]
    [Description("Image files and/or folders (searched recursively for .png, .jpg, .jpeg, .bmp, .tif, .tiff, .webp, .pgm, .ppm).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for <name>.csv (the occlusion map, rows top to bottom) and <name>.png (the map over the image) per image; created if needed.")]
    public string Out { get; init; } = "";

    [CommandOption("--patch <PX>")]
    [Description("Side of the occluding square in pixels of the image as decoded.")]
    [DefaultValue("8")]
    public string Patch { get; init; } = "8";

    [CommandOption("--stride <PX>")]
    [Description("Step between patch positions in pixels.")]
    [DefaultValue("4")]
    public string Stride { get; init; } = "4";

    [CommandOption("--fill <FILL>")]
    [Description("What replaces the patch: mean (the image's mean colour) or blur (a Gaussian-blurred copy).")]
    [DefaultValue("mean")]
    public string Fill { get; init; } = "mean";
}
