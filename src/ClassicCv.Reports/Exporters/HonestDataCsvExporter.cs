using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>leakage.csv</c> (when the run audited its split) and <c>slices.csv</c> (when it has a <c>--slice-by</c> study).</summary>
public sealed class HonestDataCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "honest-data-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        if (summary.Leakage is not null)
        {
            yield return ("leakage.csv", CsvTableWriter.ToCsv(HonestDataTables.Leaks(summary)));
        }

        if (summary.Slices is not null)
        {
            yield return ("slices.csv", CsvTableWriter.ToCsv(HonestDataTables.Slices(summary)));
        }
    }
}
