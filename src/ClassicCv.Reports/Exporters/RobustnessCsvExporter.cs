using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>robustness.csv</c> and <c>robustness_summary.csv</c>, written only when the run has a <c>--corruptions</c> study.</summary>
public sealed class RobustnessCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "robustness-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        if (summary.Robustness is null)
        {
            yield break;
        }

        yield return ("robustness.csv", CsvTableWriter.ToCsv(RobustnessTables.Results(summary)));
        yield return ("robustness_summary.csv", CsvTableWriter.ToCsv(RobustnessTables.Summary(summary)));
    }
}
