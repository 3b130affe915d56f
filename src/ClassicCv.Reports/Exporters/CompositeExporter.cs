using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary>Runs several exporters; one that fails is recorded and does not stop or undo the others.</summary>
public sealed class CompositeExporter
{
    private readonly IReadOnlyList<IReportExporter> _exporters;

    /// <summary>Creates the composite.</summary>
    /// <param name="exporters">Exporters, run in this order.</param>
    public CompositeExporter(IReadOnlyList<IReportExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        _exporters = exporters;
    }

    /// <summary>The CSV and JSON exporters every run writes, followed by <paramref name="extra"/> ones (e.g. the HTML report).</summary>
    /// <param name="extra">Exporters run after the default ones.</param>
    public static CompositeExporter Default(params IReportExporter[] extra) =>
        new([new MetricsCsvExporter(), new PerClassCsvExporter(), new ConfusionCsvExporter(), new RunJsonExporter(), new PredictionsCsvExporter(), new PairwiseTestsCsvExporter(), new CalibrationCsvExporter(), new ScoresCsvExporter(), new RobustnessCsvExporter(), new LearningCurveCsvExporter(), new CrossValidationCsvExporter(), new HonestDataCsvExporter(), .. extra]);

    /// <summary>Runs every exporter.</summary>
    /// <param name="summary">The run.</param>
    /// <param name="reportFolder">The run's report folder.</param>
    public ExportResult Export(RunSummary summary, string reportFolder)
    {
        var written = new List<string>();
        var failures = new List<string>();
        foreach (var exporter in _exporters)
        {
            try
            {
                written.AddRange(exporter.Export(summary, reportFolder));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or TypeInitializationException or DllNotFoundException)
            {
                failures.Add($"{exporter.Name}: {exception.Message}");
            }
        }

        return new ExportResult(written, failures);
    }
}
