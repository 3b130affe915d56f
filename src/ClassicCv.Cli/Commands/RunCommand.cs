using System.Globalization;
using ClassicCv.Cli.Reporting;
using ClassicCv.Experiments;
using ClassicCv.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary><c>classiccv run</c>: the experiment the options describe (<see cref="Experiment.Run"/>), shown on the console.</summary>
internal sealed class RunCommand(IAnsiConsole console) : Command<RunSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var experiment = settings.ToExperiment();
        var observer = new ProgressObserver(console, ConsoleModes.Detect(console, settings.Quiet), settings.Verbose && !settings.Quiet);
        ExperimentReport report;
        try
        {
            report = experiment.Run(new RunOptions { Out = settings.Out, CacheFolder = settings.Cache, NoCache = settings.NoCache, Observer = observer, Resume = settings.Resume });
        }
        catch (OutputNotWrittenException error) when (error.Summary is not null)
        {
            // The results are not lost with the report: they are shown before the error.
            ResultsTable.Write(console, error.Summary);
            throw;
        }

        Show(report.Summary);
        console.MarkupLine($"Report: [bold]{Markup.Escape(report.Folder)}[/]");
        return 0;
    }

    private void Show(RunSummary summary)
    {
        ResultsTable.Write(console, summary);
        StudiesConsole.Write(console, summary);
        foreach (var pipeline in summary.Pipelines.Where(p => p.ModelSelection is not null))
        {
            var search = pipeline.ModelSelection!;
            var chosen = string.Join(",", search.Best.Hyperparameters.Select(h => $"{h.Key}={h.Value}"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pipeline.Name}: chose {chosen} (CV accuracy {search.Best.MeanAccuracy:0.0000} ± {search.Best.StdAccuracy:0.0000}, {search.Folds} folds × {search.Points.Count} points, {search.Seconds:0.0} s)"));
        }
    }
}
