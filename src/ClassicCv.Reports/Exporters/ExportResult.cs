namespace ClassicCv.Reports.Exporters;

/// <summary>What a <see cref="CompositeExporter"/> wrote and which exporters failed.</summary>
/// <param name="Written">Relative paths of the files written.</param>
/// <param name="Failures">One line per failed exporter: its name and the error.</param>
public sealed record ExportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Failures);
