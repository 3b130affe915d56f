using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>predictions.csv</c>: per test image and pipeline, the true and predicted class and the predicted class's score.</summary>
public sealed class PredictionsCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "predictions-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("predictions.csv", CsvTableWriter.ToCsv(ReportTables.Predictions(summary)));
    }
}
