using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>confusion/&lt;pipeline&gt;.csv</c>: one labelled confusion matrix per pipeline.</summary>
public sealed class ConfusionCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "confusion-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary) =>
        summary.Pipelines.Select(p => (
            Path.Combine("confusion", PipelineFileName.Of(p.Name) + ".csv"),
            CsvTableWriter.ToCsv(ReportTables.Confusion(p, summary.Dataset.ClassNames))));
}
