using System.Diagnostics;
using System.Globalization;
using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Leakage;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.OpenCv.Leakage;
using ClassicCv.Splitting;
using ClassicCv.Studies.Slices;

namespace ClassicCv.Runs;

/// <summary>The honest-data steps of a run: the leakage audit before training and the slices after it.</summary>
internal static class HonestDataStage
{
    /// <summary>Columns a manifest always has, which cannot be sliced by.</summary>
    private static readonly string[] Reserved = ["path", "label", "split", "group"];

    /// <summary>The <c>--slice-by</c> column, checked against the dataset before any work, or <c>null</c> without the option.</summary>
    public static string? SliceColumn(Experiment experiment, ImageDataset dataset)
    {
        if (experiment.SliceBy is null)
        {
            return null;
        }

        var column = experiment.SliceBy.Trim().ToLowerInvariant();
        if (dataset.ManifestColumns.Count == 0)
        {
            throw new UserInputException($"--slice-by '{experiment.SliceBy}' names a manifest column, but dataset '{dataset.Source}' is a {dataset.Format}, which has no columns; expected a CSV/TSV manifest with a '{column}' column.");
        }

        var sliceable = dataset.ManifestColumns.Where(name => !Reserved.Contains(name)).ToArray();
        if (!sliceable.Contains(column))
        {
            throw new UserInputException($"--slice-by '{experiment.SliceBy}': manifest '{dataset.Source}' has columns [{string.Join(", ", dataset.ManifestColumns)}]; expected one of [{string.Join(", ", sliceable)}] (a column other than path, label, split and group).");
        }

        return column;
    }

    /// <summary>Audits the split (unless <c>--leakage-audit off</c>), warns about what it found, and drops leaked test images with <c>--drop-leaked</c>.</summary>
    /// <returns>The audit (or <c>null</c>) and the split to run.</returns>
    public static (LeakageReport? Audit, DataSplit Split) Audit(Experiment experiment, LeakageAuditOptions? options, ImageDataset dataset, DataSplit split, ImageStreamer streamer, IRunObserver observer)
    {
        if (options is null)
        {
            return (null, split);
        }

        observer.StageStarted($"leakage audit: {split.Train.Count + split.Test.Count} images");
        var clock = Stopwatch.StartNew();
        var signatures = ImageSignatureReader.Read(streamer, dataset, split.Train.Concat(split.Test).Order().ToArray());
        var audit = LeakageAudit.Run(dataset, split, signatures, options, clock.Elapsed.TotalSeconds);
        observer.Detail(Invariant($"leakage audit: {audit.TrainAudited + audit.TestAudited} images, {audit.Candidates} candidate pairs checked pixel by pixel, {audit.Seconds:0.000} s"));
        if (audit.Leaked.Count > 0)
        {
            var example = audit.Leaked[0];
            observer.Warning(Invariant($"leakage: {audit.Leaked.Count} of {audit.TestAudited} test images are also in the training split ({audit.ExactLeaks} exact, {audit.NearLeaks} near duplicates), e.g. '{example.TestId}' ~ '{example.TrainId}'; listed in leakage.csv and the report{(experiment.DropLeaked ? "" : "; --drop-leaked removes them from the test split")}."));
        }

        if (audit.WithinTrain.Images > 0 || audit.WithinTest.Images > 0)
        {
            observer.Warning(Invariant($"duplicates within a split: training {audit.WithinTrain.ExactPairs} exact and {audit.WithinTrain.NearPairs} near pairs ({audit.WithinTrain.Images} images), test {audit.WithinTest.ExactPairs} exact and {audit.WithinTest.NearPairs} near pairs ({audit.WithinTest.Images} images)."));
        }

        if (!experiment.DropLeaked || audit.Leaked.Count == 0)
        {
            return (audit, split);
        }

        var kept = LeakageAudit.DropLeaked(split, audit);
        if (kept.Test.Count == 0)
        {
            throw new UserInputException($"Dataset '{dataset.Source}': --drop-leaked would drop all {split.Test.Count} test images (every one is also a training image); expected some test images that are not in the training split.");
        }

        observer.Warning(Invariant($"dropped {audit.Leaked.Count} leaked test images from the test split: {string.Join(", ", audit.Leaked.Select(l => l.TestId))}"));
        return (audit with { Dropped = true }, kept);
    }

    /// <summary>The <c>--slice-by</c> study of a finished run, or <c>null</c> without a column.</summary>
    public static SliceReport? Slices(string? column, ImageDataset dataset, ExperimentOutcome outcome, int seed)
    {
        if (column is null)
        {
            return null;
        }

        var values = outcome.TestImages.Select(image => dataset.Items[image.Item].Columns.GetValueOrDefault(column, "")).ToArray();
        var truth = outcome.TestImages.Select(image => image.Label).ToArray();
        return SliceStudy.Run(column, values, truth, outcome.Results, dataset.ClassNames, new EvaluationOptions(seed));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
