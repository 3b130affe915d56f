namespace ClassicCv.Reports.Display;

/// <summary>One cell of a table people read: the text shown and the number it sorts by.</summary>
/// <param name="Value">The value behind the text (null when there is none, e.g. "–").</param>
/// <param name="Text">The formatted text (invariant culture).</param>
public sealed record DisplayCell(double? Value, string Text);
