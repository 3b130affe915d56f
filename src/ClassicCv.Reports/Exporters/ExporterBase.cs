using ClassicCv.Experiments;
using ClassicCv.Files;

namespace ClassicCv.Reports.Exporters;

/// <summary>Owns file naming and atomic writing; a concrete exporter only renders content.</summary>
public abstract class ExporterBase : IReportExporter
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Export(RunSummary summary, string reportFolder)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrEmpty(reportFolder);
        var written = new List<string>();
        foreach (var (relativePath, content) in Render(summary))
        {
            AtomicFile.WriteAllText(Path.Combine(reportFolder, relativePath), content);
            written.Add(relativePath);
        }

        return written;
    }

    /// <summary>Renders the files: relative path and full content of each.</summary>
    /// <param name="summary">The run.</param>
    protected abstract IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary);
}
