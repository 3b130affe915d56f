using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>metrics.csv</c>: one row per pipeline, columns as <see cref="ReportTables.MetricsColumns"/>.</summary>
public sealed class MetricsCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "metrics-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("metrics.csv", CsvTableWriter.ToCsv(ReportTables.Metrics(summary)));
    }
}
