using System.Globalization;

namespace ClassicCv.Studies.LearningCurves;

/// <summary>One point of a learning curve: a number of training images per class, a fraction of each class, or all of them.</summary>
/// <param name="PerClass">Training images kept per class (≥ 1), or <c>null</c>.</param>
/// <param name="Fraction">Share of each class's training images kept (strictly between 0 and 1), or <c>null</c>.</param>
public sealed record TrainingSize(int? PerClass, double? Fraction)
{
    /// <summary>The whole training split.</summary>
    public static TrainingSize All { get; } = new(null, null);

    /// <summary>True for the whole training split.</summary>
    public bool IsAll => PerClass is null && Fraction is null;

    /// <summary>As written on the command line: <c>10</c>, <c>0.25</c> or <c>all</c>.</summary>
    public string Label => PerClass is { } n ? n.ToString(CultureInfo.InvariantCulture) : Fraction is { } f ? f.ToString("0.####", CultureInfo.InvariantCulture) : "all";

    /// <summary>How many of a class's <paramref name="available"/> training images this size keeps (at least 1 when any are available).</summary>
    /// <param name="available">The class's training images.</param>
    public int Keep(int available) =>
        PerClass is { } n ? Math.Min(n, available) : Fraction is { } f ? Math.Min(available, Math.Max(1, (int)Math.Ceiling(f * available))) : available;
}
