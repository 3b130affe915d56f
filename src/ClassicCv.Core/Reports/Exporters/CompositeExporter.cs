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

    /// <summary>The CSV and JSON exporters every run writes.</summary>
    public static CompositeExporter Default() =>
        new([new MetricsCsvExporter(), new PerClassCsvExporter(), new ConfusionCsvExporter(), new RunJsonExporter()]);

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
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                failures.Add($"{exporter.Name}: {exception.Message}");
            }
        }

        return new ExportResult(written, failures);
    }
}
