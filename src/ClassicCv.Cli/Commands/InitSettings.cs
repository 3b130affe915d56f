using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv init</c>.</summary>
internal sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("The experiment file to write.")]
    [DefaultValue("experiment.yaml")]
    public string File { get; init; } = "experiment.yaml";

    [CommandOption("--force")]
    [Description("Replace FILE if it exists.")]
    public bool Force { get; init; }
}
