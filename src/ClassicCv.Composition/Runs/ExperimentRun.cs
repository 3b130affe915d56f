using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ClassicCv.Catalogs;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Experiments.CrossValidation;
using ClassicCv.Explaining;
using ClassicCv.Features.Transforms;
using ClassicCv.Files;
using ClassicCv.Leakage;
using ClassicCv.Learning;
using ClassicCv.Learning.Selection;
using ClassicCv.OpenCv.Corruptions;
using ClassicCv.OpenCv.Features;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Pipelines;
using ClassicCv.OpenCv.Robustness;
using ClassicCv.Reports.Exporters;
using ClassicCv.Reports.Html;
using ClassicCv.Sharding;
using ClassicCv.Splitting;
using ClassicCv.Studies.LearningCurves;
using ClassicCv.Studies.Robustness;

namespace ClassicCv.Runs;

/// <summary>
/// One run of an <see cref="Experiment"/>: checks everything before any work, splits the dataset, audits the split,
/// trains and measures every contender, runs the studies asked for, explains the predictions, and writes the complete
/// report folder (or nothing).
/// </summary>
internal sealed class ExperimentRun
{
    private readonly Experiment _experiment;
    private readonly RunOptions _options;
    private readonly IRunObserver _observer;
    private readonly ConcurrentQueue<string> _learnerWarnings = new();

    public ExperimentRun(Experiment experiment, RunOptions options)
    {
        _experiment = experiment;
        _options = options;
        _observer = options.Observer;
    }

    public ExperimentReport Execute()
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var e = _experiment;
        e.Validate();
        var seed = e.Seed;
        var parts = ParquetFeatureSource.TryOpen(e.Features);
        if (parts is not null && e.SaveModels)
        {
            throw new UserInputException($"--features '{e.Features}' trains on stored features, which cannot make a pipeline that extracts them from new images; leave out --save-models, or save the pipeline from an in-process run.");
        }

        var featureSpecs = parts is not null ? [parts.Spec] : e.Features.Length == 0 && e.Deep.Length > 0 ? [] : FeatureCatalog.Parse(e.Features);
        var transforms = TransformCatalog.Parse(e.Transforms);

        // Checked before any work; built again once the dataset's class names are known (explicit class weights name them).
        var learners = Learners(null);
        var corruptions = CorruptionCatalog.Parse(e.Corruptions);
        var flips = AugmentCatalog.Flip(e.Augment);
        var curveSizes = LearningCurveCatalog.Parse(e.LearningCurve);
        if (parts is not null && flips)
        {
            throw new UserInputException($"--features '{e.Features}' trains on stored features, which cannot be extracted again from mirrored images; leave out --augment flip, or run on the images.");
        }

        if (parts is not null && corruptions.Count > 0)
        {
            throw new UserInputException($"--features '{e.Features}' trains on stored features, which cannot be extracted again from corrupted images; leave out --corruptions, or run on the images.");
        }

        var crossValidation = EvaluationCatalog.Parse(e.Evaluation, seed);
        if (crossValidation is not null)
        {
            CrossValidationChecks.RequireCompatible(e, parts is not null);
        }

        var leakageAudit = LeakageAuditCatalog.Parse(e.LeakageAudit);
        // A resumed run finishes beside its working folder, under the reports root it was started with.
        var root = _options.Resume is { } partial ? Path.GetDirectoryName(Path.GetFullPath(partial.TrimEnd(Path.DirectorySeparatorChar)))! : _options.Out;
        OutputPaths.RequireWritableFolder("--out", root);
        var dataset = SplitPolicy.Grouped(parts?.Dataset ?? new DatasetResolver(BuiltInDatasets.Root).Resolve(e.Dataset), e.GroupBy);
        learners = Learners(dataset.ClassNames);
        var split = crossValidation is null ? SplitPolicy.Split(dataset, e.TestFraction, seed) : CrossValidationChecks.FirstFold(crossValidation, dataset);
        var sliceColumn = HonestDataStage.SliceColumn(e, dataset);
        parts?.CheckSplit(split);
        if (e.MaxTrainPerClass is { } cap)
        {
            split = new PerClassCap(cap, seed).Apply(split, dataset.Labels());
        }

        var splitWarnings = SplitChecks.Check(dataset, split, e.Strict, learners.OfType<GridSearchLearner>().Any() ? e.CvFolds : null);
        foreach (var warning in splitWarnings)
        {
            _observer.Warning(warning);
        }

        WorkFolderLock.RemoveAbandoned(root);
        _observer.StageStarted($"dataset {dataset.Name} ({dataset.Format}): {dataset.Items.Count} images, {dataset.ClassNames.Count} classes, {dataset.Skipped.Count} skipped; {split.Description}");
        var streamer = new ImageStreamer { Progress = _observer };

        // Features read from shards were extracted on their split: the audit cannot drop images from it.
        var (leakage, audited) = parts is null ? HonestDataStage.Audit(e, leakageAudit, dataset, split, streamer, _observer) : (null, split);
        split = audited;
        var store = new FeatureStore(streamer, seed, _options.OpenCache());
        parts?.Provide(store, split);

        // The run's working folder exists from here on: each contender is saved into it as it finishes, so a run that is
        // killed or fails can be resumed; the report is written into it and the folder moved into place when complete.
        var folder = _options.Resume is { } resume ? ReportFolder.Resume(resume) : ReportFolder.Create(root, started);
        try
        {
            return Measure(
                folder,
                new MeasuredData(dataset, split, store, streamer, parts is not null, splitWarnings, leakage, sliceColumn),
                new ContenderPlan(featureSpecs, transforms, learners, flips),
                new StudyPlan(corruptions, crossValidation, curveSizes),
                clock);
        }
        catch (Exception) when (_options.Resume is not null || FinishedPipelines.AnyIn(folder.WorkingPath))
        {
            folder.Keep();
            _observer.Warning($"the finished pipelines are kept in '{folder.WorkingPath}': classiccv run --resume '{folder.WorkingPath}' runs only the rest.");
            throw;
        }
        finally
        {
            folder.Dispose();
        }
    }

    private ExperimentReport Measure(ReportFolder folder, MeasuredData data, ContenderPlan plan, StudyPlan studies, Stopwatch clock)
    {
        var (dataset, split, store, streamer, fromStoredFeatures, splitWarnings, leakage, sliceColumn) = data;
        var (featureSpecs, transforms, learners, flips) = plan;
        var (corruptions, crossValidation, curveSizes) = studies;
        var e = _experiment;
        var seed = e.Seed;
        var experimentFile = Path.Combine(folder.WorkingPath, ExperimentFileExporter.FileName);
        var experimentText = ExperimentFileExporter.Text(e, folder.RunId);
        if (_options.Resume is null)
        {
            AtomicFile.WriteAllText(experimentFile, experimentText);
        }
        else if (!File.Exists(experimentFile) || File.ReadAllText(experimentFile) != experimentText)
        {
            throw new UserInputException($"--resume '{_options.Resume}': the interrupted run measured another experiment than this one ({(File.Exists(experimentFile) ? $"see '{experimentFile}'" : $"it has no {ExperimentFileExporter.FileName}")}); expected the same options, which --resume alone reads from that file.");
        }

        var finished = new FinishedPipelines(folder.WorkingPath, seed);
        var staging = finished.ModelsFolder;
        // Two classifiers of one kind (e.g. logistic-regression[C=1] and [C=0.1]) are told apart by their text as written.
        var classifierTexts = Configuration.ComponentSpec.ParseList(e.Classifiers, "classifier").Select(spec => spec.Text).ToArray();
        var classifierNames = learners.Select((learner, i) => learners.Count(other => other.Name == learner.Name) > 1 ? classifierTexts[i] : learner.Name).ToArray();
        IImageClassifierTrainer[] Contenders(string modelFolder) => featureSpecs
            .SelectMany(features => learners.Select((learner, i) => new FeaturePipelineTrainer(features, transforms, learner, store, streamer, classifierNames[i], flips)))
            .SelectMany(pipeline => e.Tta ? new IImageClassifierTrainer[] { pipeline, new MirrorAveragedPipelineTrainer(pipeline, streamer) } : [pipeline])
            .Concat(DeepCatalog.Parse(e.Deep, streamer, seed, modelFolder, _observer.StageStarted, dataset.ClassNames, e.Tta))
            .ToArray();
        var contenders = Contenders(staging);
        if (contenders.Length == 0)
        {
            throw new UserInputException($"--features '{e.Features}' and --deep '{e.Deep}' name no pipeline; expected at least one feature (e.g. --features hog) or network (e.g. --deep cnn).");
        }

        var repeated = contenders.GroupBy(c => $"{c.FeaturesName}/{c.ClassifierName}", StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new UserInputException($"The pipeline '{repeated.Key}' is asked for {repeated.Count()} times; expected each features × classifier combination once.");
        }

        var explainer = new RunExplainer(dataset, e.GalleryMaps);
        RobustnessReport? robustness = null;
        CrossValidationOutcome? crossValidated = null;
        if (crossValidation is not null)
        {
            // Networks trained on the folds are written beside the staging folder's models and removed with it.
            var foldModels = Path.Combine(staging, ".cv");
            crossValidated = _observer.Run(() => new CrossValidationRunner(crossValidation, new EvaluationOptions(seed))
                .Run(dataset, Enumerable.Range(0, dataset.Items.Count).ToArray(), () => Contenders(foldModels), _observer));
            DeleteIfPresent(foldModels);
        }

        var outcome = crossValidated?.Pooled ?? _observer.Run(() => new Experiments.ExperimentRunner(_observer, new EvaluationOptions(seed), (result, classifier) => finished.Record(result, classifier, e.SaveModels))
        {
            Resume = finished.Find,
            // Features read from shards cannot be extracted again from occluded images: such a run is not explained.
            Finished = fromStoredFeatures ? null : (done, classifiers) =>
            {
                _observer.StageStarted("explaining: occlusion maps, HOG glyphs, forest importance");
                explainer.Explain(done, classifiers);
                if (corruptions.Count > 0)
                {
                    robustness = new RobustnessStudy(corruptions, e.RobustnessTestCap, new EvaluationOptions(seed), streamer, _observer.StageStarted).Run(dataset, done, classifiers);
                }
            },
        }.Run(dataset, split, contenders));
        LearningCurveReport? learningCurve = null;
        if (curveSizes.Count > 0)
        {
            // Networks trained for the smaller sizes are written next to the staging folder and removed with it.
            var curveModels = Path.Combine(staging, ".learning-curve");
            learningCurve = _observer.Run(() => new LearningCurveStudy(curveSizes, new EvaluationOptions(seed)).Run(dataset, outcome, () => Contenders(curveModels), _observer));
            DeleteIfPresent(curveModels);
        }

        var summary = new RunSummary
        {
            RunId = "",
            StartedUtc = folder.Started,
            DurationSeconds = clock.Elapsed.TotalSeconds,
            CommandLine = _options.CommandLine ?? e.CommandLine(),
            Seed = seed,
            Dataset = new DatasetSummary(dataset.Name, dataset.Source, dataset.Format, dataset.Fingerprint, dataset.ClassNames, dataset.Items.Count),
            SplitDescription = outcome.Split.Description,
            TrainCount = crossValidated?.MeanTrainCount ?? outcome.Split.Train.Count,
            TestCount = outcome.Split.Test.Count,
            Pipelines = outcome.Results,
            Skipped = dataset.Skipped.Concat(outcome.Failed).ToArray(),
            Warnings = splitWarnings.Concat(outcome.Notes).Concat(_learnerWarnings.Distinct(StringComparer.Ordinal)).Concat(e.SaveModels ? finished.Models.Skipped : []).ToArray(),
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

        summary = summary with { RunId = folder.RunId };
        var explanations = explainer.Result;
        var thumbnails = new ThumbnailRenderer(new ImageStreamer()).Render(dataset, HtmlReportExporter.ShownItems(summary, explanations));
        try
        {
            var export = folder.Complete(working => CompositeExporter.Default(new HtmlReportExporter(thumbnails) { Explanations = explanations }, new ExperimentFileExporter(e)).Export(summary, working), e.SaveModels ? staging : null, Path.Combine(folder.WorkingPath, FinishedPipelines.FolderName));
            foreach (var (name, milliseconds) in explanations.MillisecondsPerMap)
            {
                _observer.Detail(string.Create(CultureInfo.InvariantCulture, $"{name}: {milliseconds:0.0} ms per occlusion map (8-px patch, stride 4)"));
            }

            foreach (var written in export.Written)
            {
                _observer.Detail($"wrote {Path.Combine(folder.FinalPath, written)}");
            }

            return new ExperimentReport(summary, folder.FinalPath, export.Written, explanations);
        }
        catch (OutputNotWrittenException error) when (error.Summary is null)
        {
            throw new OutputNotWrittenException(error.Message) { Summary = summary };
        }
    }

    private IReadOnlyList<ILearner> Learners(IReadOnlyList<string>? classNames) =>
        CalibrationCatalog.Wrap(ClassifierCatalog.Parse(_experiment.Classifiers, _experiment.Seed, _experiment.CvFolds, _experiment.Search, message =>
        {
            if (!_learnerWarnings.Contains(message))
            {
                _learnerWarnings.Enqueue(message);
                _observer.Warning(message);
            }
        }, classNames), _experiment.Calibration, _experiment.CalibrationFolds, _experiment.Seed);

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The data every contender is measured on, checked, split and audited before the first one trains;
    /// <c>FromStoredFeatures</c>: the features were read from shards (<c>parquet:DIR</c>), so no image is extracted again.
    /// </summary>
    private sealed record MeasuredData(
        ImageDataset Dataset, DataSplit Split, FeatureStore Store, ImageStreamer Streamer, bool FromStoredFeatures, IReadOnlyList<string> SplitWarnings, LeakageReport? Leakage, string? SliceColumn);

    /// <summary>What is trained: every features × classifier pipeline, on the training images' mirrors too with <c>Flips</c>.</summary>
    private sealed record ContenderPlan(IReadOnlyList<IFeatureExtractorSpec> Features, IReadOnlyList<IFeatureTransform> Transforms, IReadOnlyList<ILearner> Learners, bool Flips);

    /// <summary>The studies asked for beside the hold-out measurement: robustness, cross-validation, learning curve.</summary>
    private sealed record StudyPlan(IReadOnlyList<CorruptionRequest> Corruptions, CrossValidationProtocol? CrossValidation, IReadOnlyList<TrainingSize> CurveSizes);
}
