using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>calibration.csv</c>: per pipeline with scores, ECE, MCE, Brier score and log loss before and after calibration.</summary>
public sealed class CalibrationCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "calibration-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("calibration.csv", CsvTableWriter.ToCsv(CalibrationTables.Calibration(summary)));
    }
}
