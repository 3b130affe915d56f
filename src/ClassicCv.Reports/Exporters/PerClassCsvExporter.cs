using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>per_class.csv</c>: precision, recall, F1 and support of every class in every pipeline.</summary>
public sealed class PerClassCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "per-class-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("per_class.csv", CsvTableWriter.ToCsv(ReportTables.PerClass(summary)));
    }
}
