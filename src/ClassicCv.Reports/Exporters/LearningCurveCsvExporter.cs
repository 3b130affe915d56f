using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>learning_curve.csv</c>, written only when the run has a <c>--learning-curve</c> study.</summary>
public sealed class LearningCurveCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "learning-curve-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        if (summary.LearningCurve is null)
        {
            yield break;
        }

        yield return ("learning_curve.csv", CsvTableWriter.ToCsv(LearningCurveTables.Points(summary)));
    }
}
