using System.Diagnostics;
using System.Globalization;
using ClassicCv.Cli.Catalogs;
using ClassicCv.Cli.ExperimentFiles;
using ClassicCv.Cli.Reporting;
using ClassicCv.Cli.Reporting.Explaining;
using ClassicCv.Cli.Reporting.Html;
using ClassicCv.Cli.Sharding;
using ClassicCv.Configuration;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
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
        var seed = settings.SeedValue;
        _ = settings.TestFractionValue; // validated before any work
        var trainingCap = settings.MaxTrainPerClassValue;
        var parts = ParquetFeatureSource.TryOpen(settings.Features);
        if (parts is not null && settings.SaveModels)
        {
            throw new UserInputException($"--features '{settings.Features}' trains on stored features, which cannot make a pipeline that extracts them from new images; leave out --save-models, or save the pipeline from an in-process run.");
        }

        var featureSpecs = parts is not null ? [parts.Spec] : settings.Features.Length == 0 && settings.Deep.Length > 0 ? [] : FeatureCatalog.Parse(settings.Features);
        var transforms = TransformCatalog.Parse(settings.Transforms);
        var learnerWarnings = new System.Collections.Concurrent.ConcurrentQueue<string>();
        IReadOnlyList<Learning.ILearner> Learners(IReadOnlyList<string>? classNames) => CalibrationCatalog.Wrap(ClassifierCatalog.Parse(settings.Classifiers, seed, settings.CvFoldsValue, settings.Search, message =>
        {
            if (!learnerWarnings.Contains(message))
            {
                learnerWarnings.Enqueue(message);
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
            }
        }, classNames), settings.Calibration, settings.CalibrationFoldsValue, seed);

        // Checked before any work; built again once the dataset's class names are known (explicit class weights name them).
        var learners = Learners(null);
        var galleryMaps = settings.GalleryMapsValue;
        var corruptions = CorruptionCatalog.Parse(settings.Corruptions);
        var flips = AugmentCatalog.Flip(settings.Augment);
        var robustnessCap = settings.RobustnessTestCapValue;
        var curveSizes = LearningCurveCatalog.Parse(settings.LearningCurve);
        if (parts is not null && flips)
        {
            throw new UserInputException($"--features '{settings.Features}' trains on stored features, which cannot be extracted again from mirrored images; leave out --augment flip, or run on the images.");
        }

        if (parts is not null && corruptions.Count > 0)
        {
            throw new UserInputException($"--features '{settings.Features}' trains on stored features, which cannot be extracted again from corrupted images; leave out --corruptions, or run on the images.");
        }
        var crossValidation = EvaluationCatalog.Parse(settings.Evaluation, seed);
        if (crossValidation is not null)
        {
            CrossValidationChecks.RequireCompatible(settings, parts is not null);
        }

        OutputPaths.RequireWritableFolder("--out", settings.Out);
        var dataset = settings.Grouped(parts?.Dataset ?? new DatasetResolver(BuiltInDatasets.Root).Resolve(settings.Dataset));
        learners = Learners(dataset.ClassNames);
        var split = crossValidation is null ? settings.SplitOf(dataset) : CrossValidationChecks.FirstFold(crossValidation, dataset);
        var sliceColumn = HonestDataStage.SliceColumn(settings, dataset);
        _ = settings.LeakageAuditValue; // validated before any work
        parts?.CheckSplit(split);
        if (trainingCap is { } cap)
        {
            split = new PerClassCap(cap, seed).Apply(split, dataset.Labels());
        }

        var splitWarnings = SplitChecks.Check(dataset, split, settings.Strict, learners.OfType<Learning.Selection.GridSearchLearner>().Any() ? settings.CvFoldsValue : null);
        foreach (var warning in splitWarnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        WorkFolderLock.RemoveAbandoned(settings.Out);

        var observer = new ProgressObserver(console, ConsoleModes.Detect(console, settings.Quiet), settings.Verbose && !settings.Quiet);
        observer.StageStarted($"dataset {dataset.Name} ({dataset.Format}): {dataset.Items.Count} images, {dataset.ClassNames.Count} classes, {dataset.Skipped.Count} skipped; {split.Description}");
        var streamer = new ImageStreamer { Progress = observer };
        // Features read from shards were extracted on their split: the audit cannot drop images from it.
        var (leakage, audited) = parts is null ? HonestDataStage.Audit(settings, dataset, split, streamer, observer, console) : (null, split);
        split = audited;
        var store = new FeatureStore(streamer, seed, settings.OpenCache());
        parts?.Provide(store, split);

        // Saved pipelines and trained networks are staged in a hidden folder and moved into the run's models/ with the report.
        var staging = Path.Combine(settings.Out, $".models-{Guid.NewGuid():N}");
        using var stagingLock = WorkFolderLock.Take(staging);
        try
        {
            // Two classifiers of one kind (e.g. logistic-regression[C=1] and [C=0.1]) are told apart by their text as written.
            var classifierTexts = ComponentSpec.ParseList(settings.Classifiers, "classifier").Select(spec => spec.Text).ToArray();
            var classifierNames = learners.Select((learner, i) => learners.Count(other => other.Name == learner.Name) > 1 ? classifierTexts[i] : learner.Name).ToArray();
            IImageClassifierTrainer[] Contenders(string modelFolder) => featureSpecs
                .SelectMany(features => learners.Select((learner, i) => new FeaturePipelineTrainer(features, transforms, learner, store, streamer, classifierNames[i], flips)))
                .SelectMany(pipeline => settings.Tta ? new IImageClassifierTrainer[] { pipeline, new MirrorAveragedPipelineTrainer(pipeline, streamer) } : [pipeline])
                .Concat(DeepCatalog.Parse(settings.Deep, streamer, seed, modelFolder, observer.StageStarted, dataset.ClassNames, settings.Tta))
                .ToArray();
            var contenders = Contenders(staging);
            if (contenders.Length == 0)
            {
                throw new UserInputException($"--features '{settings.Features}' and --deep '{settings.Deep}' name no pipeline; expected at least one feature (e.g. --features hog) or network (e.g. --deep cnn).");
            }

            var repeated = contenders.GroupBy(c => $"{c.FeaturesName}/{c.ClassifierName}", StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                throw new UserInputException($"The pipeline '{repeated.Key}' is asked for {repeated.Count()} times; expected each features × classifier combination once.");
            }

            var models = settings.SaveModels ? new ModelSaver(staging, seed) : null;
            var explainer = new RunExplainer(dataset, galleryMaps);
            Studies.Robustness.RobustnessReport? robustness = null;
            Experiments.CrossValidation.CrossValidationOutcome? crossValidated = null;
            if (crossValidation is not null)
            {
                // Networks trained on the folds are written beside the staging folder's models and removed with it.
                var foldModels = Path.Combine(staging, ".cv");
                crossValidated = observer.Run(() => new Experiments.CrossValidation.CrossValidationRunner(crossValidation, new EvaluationOptions(seed))
                    .Run(dataset, Enumerable.Range(0, dataset.Items.Count).ToArray(), () => Contenders(foldModels), observer));
                if (Directory.Exists(foldModels))
                {
                    Directory.Delete(foldModels, recursive: true);
                }
            }

            var outcome = crossValidated?.Pooled ?? observer.Run(() => new ExperimentRunner(observer, new EvaluationOptions(seed), models is null ? null : models.Save)
            {
                // Features read from shards cannot be extracted again from occluded images: such a run is not explained.
                Finished = parts is not null ? null : (done, classifiers) =>
                {
                    observer.StageStarted("explaining: occlusion maps, HOG glyphs, forest importance");
                    explainer.Explain(done, classifiers);
                    if (corruptions.Count > 0)
                    {
                        robustness = new OpenCv.Robustness.RobustnessStudy(corruptions, robustnessCap, new EvaluationOptions(seed), streamer, observer.StageStarted).Run(dataset, done, classifiers);
                    }
                },
            }.Run(dataset, split, contenders));
            Studies.LearningCurves.LearningCurveReport? learningCurve = null;
            if (curveSizes.Count > 0)
            {
                // Networks trained for the smaller sizes are written next to the staging folder and removed with it.
                var curveModels = Path.Combine(staging, ".learning-curve");
                learningCurve = observer.Run(() => new Studies.LearningCurves.LearningCurveStudy(curveSizes, new EvaluationOptions(seed)).Run(dataset, outcome, () => Contenders(curveModels), observer));
                if (Directory.Exists(curveModels))
                {
                    Directory.Delete(curveModels, recursive: true);
                }
            }

            var summary = new RunSummary
            {
                RunId = "",
                StartedUtc = started,
                DurationSeconds = clock.Elapsed.TotalSeconds,
                CommandLine = ExperimentFile.CommandLine(settings),
                Seed = seed,
                Dataset = new DatasetSummary(dataset.Name, dataset.Source, dataset.Format, dataset.Fingerprint, dataset.ClassNames, dataset.Items.Count),
                SplitDescription = outcome.Split.Description,
                TrainCount = crossValidated?.MeanTrainCount ?? outcome.Split.Train.Count,
                TestCount = outcome.Split.Test.Count,
                Pipelines = outcome.Results,
                Skipped = dataset.Skipped.Concat(outcome.Failed).ToArray(),
                Warnings = splitWarnings.Concat(outcome.Notes).Concat(learnerWarnings.Distinct(StringComparer.Ordinal)).Concat(models?.Skipped ?? []).ToArray(),
                Versions = VersionInfo.Collect(),
                TestImages = outcome.TestImages,
                PairwiseTests = outcome.PairwiseTests,
                BootstrapResamples = new EvaluationOptions(seed).BootstrapResamples,
                PeakMemoryBytes = Process.GetCurrentProcess().PeakWorkingSet64,
                Robustness = robustness,
                LearningCurve = learningCurve,
                CrossValidation = crossValidated?.Report,
                Leakage = leakage,
                Slices = HonestDataStage.Slices(sliceColumn, dataset, outcome, seed),
            };

            using var folder = ReportFolder.Create(settings.Out, started);
            summary = summary with { RunId = folder.RunId };
            var shown = GallerySelection.AllItems(summary, HtmlReportExporter.DefaultGalleryCap)
                .Concat(explainer.Result.Disagreements.Select(d => summary.TestImages[d.Position].Item))
                .Concat(explainer.Result.Glyphs.Select(g => summary.TestImages[g.ImagePosition].Item))
                .Concat(HonestDataStage.ShownItems(summary)).Distinct().ToArray();
            var thumbnails = new ThumbnailRenderer(new ImageStreamer()).Render(dataset, shown);
            ExportResult export;
            try
            {
                export = folder.Complete(working => CompositeExporter.Default(new HtmlReportExporter(thumbnails) { Explanations = explainer.Result }, new ExperimentFileExporter(ExperimentFile.Write(settings, folder.RunId))).Export(summary, working), staging);
            }
            catch (OutputNotWrittenException)
            {
                ResultsTable.Write(console, summary);
                throw;
            }

            foreach (var (name, milliseconds) in explainer.Result.MillisecondsPerMap)
            {
                observer.Detail(string.Create(CultureInfo.InvariantCulture, $"{name}: {milliseconds:0.0} ms per occlusion map (8-px patch, stride 4)"));
            }

            foreach (var written in export.Written)
            {
                observer.Detail($"wrote {Path.Combine(folder.FinalPath, written)}");
            }

            ResultsTable.Write(console, summary);
            StudiesConsole.Write(console, summary);
            HonestDataStage.WriteConsole(console, summary);
            foreach (var pipeline in summary.Pipelines.Where(p => p.ModelSelection is not null))
            {
                var search = pipeline.ModelSelection!;
                var chosen = string.Join(",", search.Best.Hyperparameters.Select(h => $"{h.Key}={h.Value}"));
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pipeline.Name}: chose {chosen} (CV accuracy {search.Best.MeanAccuracy:0.0000} ± {search.Best.StdAccuracy:0.0000}, {search.Folds} folds × {search.Points.Count} points, {search.Seconds:0.0} s)"));
            }

            console.MarkupLine($"Report: [bold]{Markup.Escape(folder.FinalPath)}[/]");
            return 0;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                try
                {
                    Directory.Delete(staging, recursive: true);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Unlocked once this run ends: the next run under this root removes it.
                }
            }
        }
    }
}
