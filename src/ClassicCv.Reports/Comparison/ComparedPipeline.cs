namespace ClassicCv.Reports.Comparison;

/// <summary>One pipeline of one earlier run, as read back from its report folder.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="RunFolder">The report folder it was read from.</param>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Fingerprint">Dataset fingerprint (runs are comparable on the same test set only when it and the split match).</param>
/// <param name="Split">How the split was made.</param>
/// <param name="Cells">The pipeline's <c>metrics.csv</c> row, by column name (columns the run did not write are absent).</param>
public sealed record ComparedPipeline(string RunId, string RunFolder, string Dataset, string Fingerprint, string Split, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>A cell, or an empty string when the run did not write that column.</summary>
    /// <param name="column">A <c>metrics.csv</c> column name.</param>
    public string this[string column] => Cells.GetValueOrDefault(column, "");

    /// <summary><c>features/classifier</c>.</summary>
    public string Name => $"{this["features"]}/{this["classifier"]}";

    /// <summary>The accuracy, or NaN when missing.</summary>
    public double Accuracy => double.TryParse(this["accuracy"], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}
