using System.Diagnostics;
using System.Globalization;
using ClassicCv.Experiments;
using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>Prints each stage of a run as a timestamped line (nothing with <c>--quiet</c>).</summary>
internal sealed class ConsoleObserver(IAnsiConsole console, bool quiet) : IExperimentObserver
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <inheritdoc />
    public void StageStarted(string description) => Line(description);

    /// <inheritdoc />
    public void PipelineFinished(PipelineResult result) =>
        Line(string.Create(CultureInfo.InvariantCulture, $"{result.Name}: accuracy {result.Metrics.Accuracy:0.0000}, macro-F1 {result.Metrics.MacroF1:0.0000}"));

    private void Line(string text)
    {
        if (!quiet)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{_clock.Elapsed.TotalSeconds,7:0.0}s[/] {Markup.Escape(text)}"));
        }
    }
}
