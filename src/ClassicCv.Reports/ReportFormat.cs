using System.Globalization;

namespace ClassicCv.Reports;

/// <summary>Number and name formatting shared by every exporter; always the invariant culture.</summary>
public static class ReportFormat
{
    /// <summary>A ratio or score with up to six decimals (e.g. <c>0.9725</c>).</summary>
    public static string Ratio(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Seconds with up to four decimals.</summary>
    public static string Seconds(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A p-value: six decimals, or scientific notation below 0.000001 (e.g. <c>3.2E-12</c>).</summary>
    public static string PValue(double value) =>
        value is > 0 and < 1e-6 ? value.ToString("0.##E+0", CultureInfo.InvariantCulture) : value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A rate (e.g. images per second) with one decimal.</summary>
    public static string Rate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
