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
        Injection = CsvInjection.Escape,
    };

    /// <summary>The table as CSV text, header first, <c>\n</c> line endings.</summary>
    /// <param name="table">The table.</param>
    public static string ToCsv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord(table.Header.ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row.ToArray());
            }
        }

        return text.ToString();
    }
}
