using System.Globalization;
using ClassicCv.Configuration;

namespace ClassicCv.Features.Transforms;

/// <summary>
/// Options of <see cref="Pca"/>; text form <c>pca[components=0.95]</c> (below 1 a kept-variance fraction, from 1 a whole
/// number of components). The defaults are what <c>pca</c> with no parameters gives: keep 95% of the training variance.
/// </summary>
public sealed record PcaOptions
{
    /// <summary>Allowed <see cref="Components"/> values.</summary>
    public static IntRange ComponentsRange { get; } = new(1, 100_000);

    /// <summary>A fixed number of components to keep, 1–100000 (capped at the column count); <c>null</c> (default) to keep <see cref="KeptVariance"/>.</summary>
    public int? Components { get; init; }

    /// <summary>Fraction of the training variance to keep, in (0, 1] (default 0.95); used when <see cref="Components"/> is <c>null</c>.</summary>
    public double KeptVariance { get; init; } = 0.95;

    /// <summary>Throws when an option lies outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it, the value and the range.</exception>
    public void Validate()
    {
        if (Components is { } components)
        {
            ComponentsRange.Check(components, "PcaOptions.Components");
        }

        if (!(KeptVariance > 0 && KeptVariance <= 1))
        {
            throw new ArgumentOutOfRangeException("PcaOptions.KeptVariance", KeptVariance, string.Create(CultureInfo.InvariantCulture, $"PcaOptions.KeptVariance is {KeptVariance}; expected a fraction in (0, 1]."));
        }
    }
}
