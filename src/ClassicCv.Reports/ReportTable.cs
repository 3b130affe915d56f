namespace ClassicCv.Reports;

/// <summary>A table already turned into strings (invariant culture): exporters only serialize it.</summary>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells, row by row; every row has as many cells as the header.</param>
public sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
