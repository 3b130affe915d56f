using System.Text.Encodings.Web;
using System.Text.Json;
using ClassicCv.Errors;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary>
/// <c>run.json</c> as a type: written by <see cref="RunJsonExporter"/> and read back by the same type
/// (<see cref="Read"/>, e.g. for <c>classiccv compare</c>). Member names are the file's keys in snake case.
/// </summary>
/// <param name="RunId">The run id (its start time, UTC).</param>
/// <param name="StartedUtc">When the run started, ISO 8601.</param>
/// <param name="DurationSeconds">Wall seconds from start to report.</param>
/// <param name="CommandLine">The <c>classiccv run</c> command line the run stands for.</param>
/// <param name="Seed">The seed of every random step.</param>
/// <param name="Dataset">What was measured on.</param>
/// <param name="Split">How it was split.</param>
/// <param name="Versions">ClassicCv's and the libraries' versions.</param>
/// <param name="Pipelines">Every contender's figures and costs.</param>
/// <param name="BootstrapResamples">Resamples of every bootstrap interval.</param>
/// <param name="PeakMemoryBytes">The run's peak working set.</param>
/// <param name="PairwiseTests">McNemar tests of every pipeline against the best.</param>
/// <param name="CrossValidation">The cross-validation section, or <c>null</c> for a hold-out run.</param>
/// <param name="SkippedImages">Images that could not be used, with the reason.</param>
/// <param name="Warnings">The run's warnings.</param>
/// <param name="LeakageAudit">The leakage audit, or <c>null</c> when it was off.</param>
/// <param name="Slices">The slice study, or <c>null</c> without <c>--slice-by</c>.</param>
public sealed record RunDocument(
    string RunId, string StartedUtc, double DurationSeconds, string CommandLine, int Seed, RunDocument.DatasetPart Dataset, RunDocument.SplitPart Split,
    IReadOnlyDictionary<string, string> Versions, IReadOnlyList<RunDocument.Pipeline> Pipelines, int BootstrapResamples, long PeakMemoryBytes,
    IReadOnlyList<RunDocument.PairwiseTest> PairwiseTests, object? CrossValidation, IReadOnlyList<RunDocument.SkippedImage> SkippedImages,
    IReadOnlyList<string> Warnings, object? LeakageAudit, object? Slices)
{
    /// <summary>How <c>run.json</c> is written and read: snake-case keys, indented, non-ASCII text as is.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The document of a run.</summary>
    /// <param name="summary">The run.</param>
    public static RunDocument Of(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new RunDocument(
            summary.RunId,
            summary.StartedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Math.Round(summary.DurationSeconds, 3),
            summary.CommandLine,
            summary.Seed,
            new DatasetPart(summary.Dataset.Name, summary.Dataset.Source, summary.Dataset.Format, summary.Dataset.Fingerprint, summary.Dataset.ImageCount, summary.Dataset.ClassNames),
            new SplitPart(summary.SplitDescription, summary.TrainCount, summary.TestCount),
            summary.Versions,
            summary.Pipelines.Select(Pipeline.Of).ToArray(),
            summary.BootstrapResamples,
            summary.PeakMemoryBytes,
            summary.PairwiseTests.Select(t => new PairwiseTest(t.Reference, t.Pipeline, t.Test.OnlyReferenceCorrect, t.Test.OnlyOtherCorrect, t.Test.PValue, t.Test.Method)).ToArray(),
            CrossValidationJson.Of(summary.CrossValidation),
            summary.Skipped.Select(s => new SkippedImage(s.Path, s.Reason)).ToArray(),
            summary.Warnings,
            HonestDataJson.Leakage(summary.Leakage),
            HonestDataJson.Slices(summary.Slices));
    }

    /// <summary>Reads a <c>run.json</c>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="UserInputException">It is not a <c>run.json</c> written by <c>classiccv run</c> (the message says why).</exception>
    public static RunDocument Read(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize<RunDocument>(File.ReadAllText(path), Options);
            var missing = document is null ? "everything"
                : document.RunId is null ? "run_id"
                : document.Dataset?.Name is null || document.Dataset.Fingerprint is null ? "dataset.name and dataset.fingerprint"
                : document.Split?.Description is null ? "split.description"
                : null;
            return missing is null ? document! : throw new UserInputException($"'{path}' is not a run.json written by 'classiccv run': it has no {missing}.");
        }
        catch (JsonException exception)
        {
            throw new UserInputException($"'{path}' is not a run.json written by 'classiccv run': {exception.Message}");
        }
    }

    /// <summary>The file's text.</summary>
    public string Text() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>The <c>dataset</c> member.</summary>
    /// <param name="Name">Its name.</param>
    /// <param name="Source">Where it was read from.</param>
    /// <param name="Format">Its layout.</param>
    /// <param name="Fingerprint">The listing's fingerprint (same files, same labels, same fingerprint).</param>
    /// <param name="Images">How many images it lists.</param>
    /// <param name="ClassNames">Its classes, by label.</param>
    public sealed record DatasetPart(string Name, string Source, string Format, string Fingerprint, int Images, IReadOnlyList<string> ClassNames);

    /// <summary>The <c>split</c> member.</summary>
    /// <param name="Description">How the dataset was split.</param>
    /// <param name="NTrain">Training images.</param>
    /// <param name="NTest">Test images.</param>
    public sealed record SplitPart(string Description, int NTrain, int NTest);

    /// <summary>One entry of <c>pipelines</c>.</summary>
    /// <param name="Name">The pipeline's name, <c>features/classifier</c>.</param>
    /// <param name="Features">Its features.</param>
    /// <param name="Classifier">Its classifier.</param>
    /// <param name="Settings">Its settings.</param>
    /// <param name="FeatureLength">Values per image.</param>
    /// <param name="Accuracy">Test accuracy.</param>
    /// <param name="MacroF1">Test macro-F1.</param>
    /// <param name="Timings">What it cost.</param>
    /// <param name="BalancedAccuracy">Mean per-class recall.</param>
    /// <param name="CohenKappa">Cohen's kappa.</param>
    /// <param name="AccuracyCi">The accuracy's bootstrap interval, or <c>null</c>.</param>
    /// <param name="MacroF1Ci">The macro-F1's bootstrap interval, or <c>null</c>.</param>
    /// <param name="TopK">The k of the top-k accuracy, or <c>null</c>.</param>
    /// <param name="TopKAccuracy">The top-k accuracy, or <c>null</c>.</param>
    /// <param name="LogLoss">The log loss of the probabilities, or <c>null</c>.</param>
    /// <param name="ExtractMsPerImage">Extraction milliseconds per image.</param>
    /// <param name="PredictImagesPerSecond">Prediction throughput.</param>
    /// <param name="ModelBytes">The saved model's size, or <c>null</c>.</param>
    /// <param name="ModelSelection">The grid search, or <c>null</c>.</param>
    public sealed record Pipeline(
        string Name, string Features, string Classifier, IReadOnlyDictionary<string, string> Settings, int FeatureLength, double Accuracy, double MacroF1, PipelineTimings Timings,
        double BalancedAccuracy, double CohenKappa, double[]? AccuracyCi, double[]? MacroF1Ci, int? TopK, double? TopKAccuracy, double? LogLoss,
        double ExtractMsPerImage, double PredictImagesPerSecond, long? ModelBytes, Search? ModelSelection)
    {
        /// <summary>The entry of a contender's result.</summary>
        /// <param name="p">The result.</param>
        public static Pipeline Of(PipelineResult p)
        {
            ArgumentNullException.ThrowIfNull(p);
            return new Pipeline(
                p.Name, p.Features, p.Classifier, p.Settings, p.FeatureLength, Math.Round(p.Metrics.Accuracy, 6), Math.Round(p.Metrics.MacroF1, 6),
                new PipelineTimings(Math.Round(p.ExtractSeconds, 4), p.FeaturesFromCache, Math.Round(p.TrainSeconds, 4), Math.Round(p.PredictSeconds, 4)),
                Math.Round(p.Metrics.BalancedAccuracy, 6), Math.Round(p.Metrics.CohensKappa, 6),
                p.Statistics is null ? null : [Math.Round(p.Statistics.Bootstrap.Accuracy.Lower, 6), Math.Round(p.Statistics.Bootstrap.Accuracy.Upper, 6)],
                p.Statistics is null ? null : [Math.Round(p.Statistics.Bootstrap.MacroF1.Lower, 6), Math.Round(p.Statistics.Bootstrap.MacroF1.Upper, 6)],
                p.Statistics?.TopK, p.Statistics?.TopKAccuracy is { } top ? Math.Round(top, 6) : null, p.Statistics?.LogLoss is { } loss ? Math.Round(loss, 6) : null,
                Math.Round(p.ExtractMillisecondsPerImage, 4), Math.Round(p.PredictImagesPerSecond, 1), p.ModelBytes,
                p.ModelSelection is not { } search ? null : new Search(search.Folds, Math.Round(search.Seconds, 3), search.Best.Hyperparameters,
                    search.Points.Select(point => new GridPoint(point.Hyperparameters, Math.Round(point.MeanAccuracy, 6), Math.Round(point.StdAccuracy, 6), point.FoldAccuracies.Select(a => Math.Round(a, 6)).ToArray())).ToArray()));
        }
    }

    /// <summary>A pipeline's <c>timings</c>.</summary>
    /// <param name="ExtractSeconds">Wall seconds extracting its features.</param>
    /// <param name="FeaturesFromCache">Whether they came from the cache.</param>
    /// <param name="TrainSeconds">Wall seconds training.</param>
    /// <param name="PredictSeconds">Wall seconds predicting the test split.</param>
    public sealed record PipelineTimings(double ExtractSeconds, bool FeaturesFromCache, double TrainSeconds, double PredictSeconds);

    /// <summary>A pipeline's <c>model_selection</c>.</summary>
    /// <param name="Folds">Cross-validation folds.</param>
    /// <param name="SearchSeconds">Wall seconds of the search.</param>
    /// <param name="Chosen">The chosen hyperparameters.</param>
    /// <param name="Grid">Every grid point.</param>
    public sealed record Search(int Folds, double SearchSeconds, IReadOnlyDictionary<string, string> Chosen, IReadOnlyList<GridPoint> Grid);

    /// <summary>One grid point of a search.</summary>
    /// <param name="Hyperparameters">Its hyperparameters.</param>
    /// <param name="CvMeanAccuracy">Mean validation accuracy.</param>
    /// <param name="CvStdAccuracy">Its standard deviation over the folds.</param>
    /// <param name="FoldAccuracies">Each fold's accuracy.</param>
    public sealed record GridPoint(IReadOnlyDictionary<string, string> Hyperparameters, double CvMeanAccuracy, double CvStdAccuracy, IReadOnlyList<double> FoldAccuracies);

    /// <summary>One entry of <c>pairwise_tests</c>.</summary>
    /// <param name="Reference">The best pipeline.</param>
    /// <param name="Pipeline">The pipeline tested against it.</param>
    /// <param name="OnlyReferenceCorrect">Test images only the reference got right.</param>
    /// <param name="OnlyPipelineCorrect">Test images only the pipeline got right.</param>
    /// <param name="PValue">The test's p-value.</param>
    /// <param name="Method">The test.</param>
    public sealed record PairwiseTest(string Reference, string Pipeline, int OnlyReferenceCorrect, int OnlyPipelineCorrect, double PValue, string Method);

    /// <summary>One entry of <c>skipped_images</c>.</summary>
    /// <param name="Path">The image.</param>
    /// <param name="Reason">Why it was skipped.</param>
    public sealed record SkippedImage(string Path, string Reason);
}
