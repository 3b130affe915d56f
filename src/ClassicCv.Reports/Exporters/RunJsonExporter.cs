using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary><c>run.json</c>: the command line, seed, dataset fingerprint, class names, versions, timings and skipped images.</summary>
public sealed class RunJsonExporter : ExporterBase
{
    /// <inheritdoc />
    public override string Name => "run-json";

    /// <inheritdoc />
    protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary)
    {
        yield return ("run.json", RunDocument.Of(summary).Text());
    }
}
