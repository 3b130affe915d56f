using System.Globalization;
using ClassicCv.Errors;
using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;
using CsvHelper;

namespace ClassicCv.Reports.Comparison;

/// <summary>A cross-run leaderboard read from existing report folders (their <c>metrics.csv</c> and <c>run.json</c>), without retraining.</summary>
public sealed class RunComparison
{
    /// <summary>The columns of <c>compare.csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "run_id", "dataset", "fingerprint", "split", "features", "classifier", "seed", "n_train", "n_test", "accuracy", "accuracy_ci_low", "accuracy_ci_high",
        "macro_f1", "balanced_accuracy", "cohen_kappa", "extract_ms_per_image", "train_seconds", "predict_images_per_second", "run_folder",
    ];

    private RunComparison(IReadOnlyList<ComparedPipeline> pipelines) => Pipelines = pipelines;

    /// <summary>Every pipeline of every run, most accurate first.</summary>
    public IReadOnlyList<ComparedPipeline> Pipelines { get; }

    /// <summary>True when all runs used the same dataset content and split, so their test sets are the same.</summary>
    public bool SameTestSet => Pipelines.Select(p => (p.Fingerprint, p.Split)).Distinct().Count() <= 1;

    /// <summary>Reads the report folders.</summary>
    /// <param name="runFolders">Report folders written by <c>classiccv run</c>.</param>
    /// <exception cref="UserInputException">A folder or one of its files is missing or unreadable.</exception>
    public static RunComparison Load(IReadOnlyList<string> runFolders)
    {
        ArgumentNullException.ThrowIfNull(runFolders);
        if (runFolders.Count == 0)
        {
            throw new UserInputException("No run folder given; expected one or more report folders written by 'classiccv run' (e.g. reports/20260101-120000).");
        }

        var pipelines = runFolders.SelectMany(ReadRun).OrderByDescending(p => double.IsNaN(p.Accuracy) ? -1 : p.Accuracy).ToArray();
        return new RunComparison(pipelines);
    }

    /// <summary>The leaderboard as a table (<c>compare.csv</c>).</summary>
    public ReportTable ToTable() => new(
        Columns,
        Pipelines.Select(p => (IReadOnlyList<string>)Columns.Select(c => c switch
        {
            "run_id" => p.RunId,
            "dataset" => p.Dataset,
            "fingerprint" => p.Fingerprint,
            "split" => p.Split,
            "run_folder" => p.RunFolder,
            _ => p[c],
        }).ToArray()).ToArray());

    private static IEnumerable<ComparedPipeline> ReadRun(string folder)
    {
        var full = Path.GetFullPath(folder);
        var metricsPath = Path.Combine(full, "metrics.csv");
        var runPath = Path.Combine(full, "run.json");
        if (!File.Exists(metricsPath) || !File.Exists(runPath))
        {
            throw new UserInputException($"'{folder}' is not a report folder: expected metrics.csv and run.json written by 'classiccv run' in it.");
        }

        var run = RunDocument.Read(runPath);
        var (runId, dataset, fingerprint, split) = (run.RunId, run.Dataset.Name, run.Dataset.Fingerprint, run.Split.Description);

        var rows = new List<ComparedPipeline>();
        using var csv = CsvReader.Create(new StreamReader(metricsPath), new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers;
        if (header is null || !header.Contains("accuracy") || !header.Contains("features") || !header.Contains("classifier"))
        {
            throw new UserInputException($"'{metricsPath}' has no header with features, classifier and accuracy columns; expected a metrics.csv written by 'classiccv run'.");
        }

        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(header.Count, csv.FieldCount); i++)
            {
                cells[header[i]] = csv.GetString(i);
            }

            MetricsRowCheck.Check(metricsPath, rows.Count + 1, header, csv.FieldCount, cells);
            // Reports written before 2026-12-01 named an end-to-end contender's features "-" (stored as "'-").
            if (cells.GetValueOrDefault("features") is "-" or "'-")
            {
                cells["features"] = EndToEnd.FeaturesName;
            }

            rows.Add(new ComparedPipeline(runId, full, dataset, fingerprint, split, cells));
        }

        return rows;
    }
}
