using System.Text.Encodings.Web;
using System.Text.Json;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>run.json</c>: the command line, seed, dataset fingerprint, class names, versions, timings and skipped images.</summary>
public sealed class RunJsonExporter : ExporterBase
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public override string Name => "run-json";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        var document = new
        {
            run_id = summary.RunId,
            started_utc = summary.StartedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            duration_seconds = Math.Round(summary.DurationSeconds, 3),
            command_line = summary.CommandLine,
            seed = summary.Seed,
            dataset = new
            {
                name = summary.Dataset.Name,
                source = summary.Dataset.Source,
                format = summary.Dataset.Format,
                fingerprint = summary.Dataset.Fingerprint,
                images = summary.Dataset.ImageCount,
                class_names = summary.Dataset.ClassNames,
            },
            split = new { description = summary.SplitDescription, n_train = summary.TrainCount, n_test = summary.TestCount },
            versions = summary.Versions,
            pipelines = summary.Pipelines.Select(p => new
            {
                name = p.Name,
                features = p.Features,
                classifier = p.Classifier,
                settings = p.Settings,
                feature_length = p.FeatureLength,
                accuracy = Math.Round(p.Metrics.Accuracy, 6),
                macro_f1 = Math.Round(p.Metrics.MacroF1, 6),
                timings = new
                {
                    extract_seconds = Math.Round(p.ExtractSeconds, 4),
                    features_from_cache = p.FeaturesFromCache,
                    train_seconds = Math.Round(p.TrainSeconds, 4),
                    predict_seconds = Math.Round(p.PredictSeconds, 4),
                },
                balanced_accuracy = Math.Round(p.Metrics.BalancedAccuracy, 6),
                cohen_kappa = Math.Round(p.Metrics.CohensKappa, 6),
                accuracy_ci = p.Statistics is null ? null : new[] { Math.Round(p.Statistics.Bootstrap.Accuracy.Lower, 6), Math.Round(p.Statistics.Bootstrap.Accuracy.Upper, 6) },
                macro_f1_ci = p.Statistics is null ? null : new[] { Math.Round(p.Statistics.Bootstrap.MacroF1.Lower, 6), Math.Round(p.Statistics.Bootstrap.MacroF1.Upper, 6) },
                top_k = p.Statistics?.TopK,
                top_k_accuracy = p.Statistics?.TopKAccuracy is { } top ? Math.Round(top, 6) : (double?)null,
                log_loss = p.Statistics?.LogLoss is { } loss ? Math.Round(loss, 6) : (double?)null,
                extract_ms_per_image = Math.Round(p.ExtractMillisecondsPerImage, 4),
                predict_images_per_second = Math.Round(p.PredictImagesPerSecond, 1),
                model_bytes = p.ModelBytes,
                model_selection = p.ModelSelection is not { } search ? null : new
                {
                    folds = search.Folds,
                    search_seconds = Math.Round(search.Seconds, 3),
                    chosen = search.Best.Hyperparameters,
                    grid = search.Points.Select(point => new
                    {
                        hyperparameters = point.Hyperparameters,
                        cv_mean_accuracy = Math.Round(point.MeanAccuracy, 6),
                        cv_std_accuracy = Math.Round(point.StdAccuracy, 6),
                        fold_accuracies = point.FoldAccuracies.Select(a => Math.Round(a, 6)),
                    }),
                },
            }),
            bootstrap_resamples = summary.BootstrapResamples,
            peak_memory_bytes = summary.PeakMemoryBytes,
            pairwise_tests = summary.PairwiseTests.Select(t => new
            {
                reference = t.Reference,
                pipeline = t.Pipeline,
                only_reference_correct = t.Test.OnlyReferenceCorrect,
                only_pipeline_correct = t.Test.OnlyOtherCorrect,
                p_value = t.Test.PValue,
                method = t.Test.Method,
            }),
            cross_validation = CrossValidationJson.Of(summary.CrossValidation),
            skipped_images = summary.Skipped.Select(s => new { path = s.Path, reason = s.Reason }),
            warnings = summary.Warnings,
            leakage_audit = HonestDataJson.Leakage(summary.Leakage),
            slices = HonestDataJson.Slices(summary.Slices),
        };
        yield return ("run.json", JsonSerializer.Serialize(document, Options) + "\n");
    }
}
