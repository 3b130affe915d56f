using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>pairwise_tests.csv</c>: McNemar's test of every pipeline against the most accurate one (in cv mode, the corrected resampled t-test on the fold accuracies).</summary>
public sealed class PairwiseTestsCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "pairwise-tests-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("pairwise_tests.csv", CsvTableWriter.ToCsv(summary.CrossValidation is null ? ReportTables.PairwiseTests(summary) : CrossValidationTables.Pairwise(summary)));
    }
}
