using System.Diagnostics;
using System.Globalization;
using ClassicCv.Cli.Catalogs;
using ClassicCv.Cli.Reporting;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Features.Transforms;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.Reports.Exporters;
using ClassicCv.Splitting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ClassicCv.Cli.Commands;

/// <summary><c>classiccv run</c>: every features × classifier pipeline on one split, then the report.</summary>
internal sealed class RunCommand(IAnsiConsole console) : Command<RunSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        if (!(settings.TestFraction > 0 && settings.TestFraction < 1))
        {
            throw new UserInputException($"--test-fraction is {settings.TestFraction.ToString(CultureInfo.InvariantCulture)}; expected a number strictly between 0 and 1.");
        }

        var featureSpecs = settings.Features.Length == 0 && settings.Deep.Length > 0 ? [] : FeatureCatalog.Parse(settings.Features);
        var learners = ClassifierCatalog.Parse(settings.Classifiers, settings.Seed);
        var dataset = new DatasetResolver(BuiltInDatasets.Root).Resolve(settings.Dataset);
        var split = dataset.HasPredefinedSplit ? PredefinedSplit.Of(dataset) : new StratifiedHoldOut(settings.TestFraction, settings.Seed).Split(dataset.Labels());

        var observer = new ConsoleObserver(console, settings.Quiet);
        observer.StageStarted($"dataset {dataset.Name} ({dataset.Format}): {dataset.Items.Count} images, {dataset.ClassNames.Count} classes, {dataset.Skipped.Count} skipped; {split.Description}");
        var streamer = new ImageStreamer();
        var store = new FeatureStore(streamer, settings.Seed);
        var contenders = featureSpecs
            .SelectMany(features => learners.Select(learner => (IImageClassifierTrainer)new FeaturePipelineTrainer(features, [new Standardizer()], learner, store, streamer)))
            .Concat(DeepCatalog.Parse(settings.Deep, streamer, settings.Seed, Path.Combine(settings.Out, "models"), observer.StageStarted))
            .ToArray();
        var outcome = new ExperimentRunner(observer).Run(dataset, split, contenders);

        var summary = new RunSummary
        {
            RunId = "",
            StartedUtc = started,
            DurationSeconds = clock.Elapsed.TotalSeconds,
            CommandLine = RerunCommand(settings),
            Seed = settings.Seed,
            Dataset = new DatasetSummary(dataset.Name, dataset.Source, dataset.Format, dataset.Fingerprint, dataset.ClassNames, dataset.Items.Count),
            SplitDescription = outcome.Split.Description,
            TrainCount = outcome.Split.Train.Count,
            TestCount = outcome.Split.Test.Count,
            Pipelines = outcome.Results,
            Skipped = dataset.Skipped.Concat(outcome.Failed).ToArray(),
            Warnings = outcome.Notes,
            Versions = VersionInfo.Collect(),
        };

        using var folder = ReportFolder.Create(settings.Out, started);
        summary = summary with { RunId = folder.RunId };
        var export = CompositeExporter.Default().Export(summary, folder.WorkingPath);
        folder.Commit();
        ResultsTable.Write(console, summary);
        foreach (var failure in export.Failures)
        {
            console.MarkupLine($"[red]report file not written:[/] {Markup.Escape(failure)}");
        }

        console.MarkupLine($"Report: [bold]{Markup.Escape(folder.FinalPath)}[/]");
        return export.Failures.Count == 0 ? 0 : 1;
    }

    private static string RerunCommand(RunSettings settings) => string.Create(CultureInfo.InvariantCulture,
        $"classiccv run --dataset {Quote(settings.Dataset)} --features {Quote(settings.Features)} --classifiers {Quote(settings.Classifiers)}{(settings.Deep.Length == 0 ? "" : $" --deep {Quote(settings.Deep)}")} --seed {settings.Seed} --test-fraction {settings.TestFraction} --out {Quote(settings.Out)}");

    private static string Quote(string value) =>
        value.All(ch => char.IsLetterOrDigit(ch) || "-_./,=+:".Contains(ch)) ? value : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
