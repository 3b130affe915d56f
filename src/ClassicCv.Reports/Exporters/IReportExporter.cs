using ClassicCv.Experiments;

namespace ClassicCv.Reports.Exporters;

/// <summary>Writes one kind of report file(s) for a run.</summary>
public interface IReportExporter
{
    /// <summary>The exporter's name (e.g. <c>metrics-csv</c>).</summary>
    string Name { get; }

    /// <summary>Writes the files into <paramref name="reportFolder"/>; each file is written atomically.</summary>
    /// <param name="summary">The run.</param>
    /// <param name="reportFolder">The run's report folder.</param>
    /// <returns>Paths of the files written, relative to the report folder.</returns>
    IReadOnlyList<string> Export(RunSummary summary, string reportFolder);
}
