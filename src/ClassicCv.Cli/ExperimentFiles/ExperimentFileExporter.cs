using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;

namespace ClassicCv.Cli.ExperimentFiles;

/// <summary><c>experiment.yaml</c>: the run's resolved experiment, written with the rest of the report.</summary>
/// <param name="text">The file's content (<see cref="ExperimentFile.Write"/>).</param>
internal sealed class ExperimentFileExporter(string text) : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "experiment";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return (ExperimentFile.ReportFileName, text);
    }
}
