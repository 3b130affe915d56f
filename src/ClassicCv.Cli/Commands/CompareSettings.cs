using System.ComponentModel;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary>Options of <c>classiccv compare</c>.</summary>
internal sealed class CompareSettings : CommandSettings
{
    [CommandArgument(0, "<RUN_DIR>")]
    [Description("Report folders written by 'classiccv run' (each with metrics.csv and run.json).")]
    public string[] RunFolders { get; init; } = [];

    [CommandOption("-o|--out <FOLDER>")]
    [Description("Where compare.html and compare.csv are written; default reports/compare-<UTC time>.")]
    public string? Out { get; init; }
}
