using System.Globalization;
using CsvHelper;

namespace ClassicCv.Reports.Exporters;

/// <summary>Serializes a <see cref="ReportTable"/> as RFC 4180 CSV through CsvHelper, invariant culture.</summary>
public static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.None,
    };

    private const string InjectionCharacters = "=@+-\t\r";

    /// <summary>The table as CSV text, header first, <c>\n</c> line endings.</summary>
    /// <param name="table">The table.</param>
    public static string ToCsv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord(table.Header.Select(Defuse).ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row.Select(Defuse).ToArray());
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Prefixes <c>'</c> to a text cell that a spreadsheet would run as a formula (starting with = @ + - tab or CR), as
    /// OWASP advises; numbers (e.g. a negative kappa) are left as they are so the column stays numeric.
    /// </summary>
    private static string Defuse(string cell) =>
        cell.Length > 0 && InjectionCharacters.Contains(cell[0]) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell;
}
