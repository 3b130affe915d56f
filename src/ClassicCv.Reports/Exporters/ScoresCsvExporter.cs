using ClassicCv.Evaluation.Calibration;
using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>scores/&lt;pipeline&gt;.csv</c>: the full per-class probability vector of every test image, one file per pipeline with scores.</summary>
public sealed class ScoresCsvExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "scores-csv";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary) =>
        summary.Pipelines
            .Where(p => p.TestPredictions is { } t && t.Labels.Length == summary.TestImages.Count && ScoreProbabilities.Of(t, summary.Dataset.ClassNames.Count) is not null)
            .Select(p => (Path.Combine("scores", PipelineFileName.Of(p.Name) + ".csv"), CsvTableWriter.ToCsv(CalibrationTables.Scores(summary, p))));
}
