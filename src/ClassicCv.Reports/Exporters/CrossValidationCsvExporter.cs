using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>cv_folds.csv</c>, <c>cv_summary.csv</c> and <c>cv_predictions.csv</c>, written only by an <c>--evaluation cv</c> run.</summary>
public sealed class CrossValidationCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "cross-validation-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        if (summary.CrossValidation is null)
        {
            yield break;
        }

        yield return ("cv_folds.csv", CsvTableWriter.ToCsv(CrossValidationTables.Folds(summary)));
        yield return ("cv_summary.csv", CsvTableWriter.ToCsv(CrossValidationTables.Summary(summary)));
        yield return ("cv_predictions.csv", CsvTableWriter.ToCsv(CrossValidationTables.Predictions(summary)));
    }
}
