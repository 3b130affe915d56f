using System.Globalization;

namespace ClassicCv.Configuration;

/// <summary>
/// The closed range a whole-number option allows. The options type declares it once; its <c>Validate</c> checks C# values
/// against it and the catalog checks the text form against the same range.
/// </summary>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value (<see cref="int.MaxValue"/> for no upper bound).</param>
public readonly record struct IntRange(int Min, int Max = int.MaxValue)
{
    /// <summary>Throws when <paramref name="value"/> lies outside the range.</summary>
    /// <param name="value">The value received.</param>
    /// <param name="option">The option's name for the message, e.g. <c>HogOptions.Cell</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public void Check(int value, string option)
    {
        if (value < Min || value > Max)
        {
            throw new ArgumentOutOfRangeException(option, value, string.Create(CultureInfo.InvariantCulture, $"{option} is {value}; expected {Describe()}."));
        }
    }

    /// <summary>The range in words, e.g. <c>a whole number from 2 to 256</c>.</summary>
    public string Describe() =>
        Max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"a whole number ≥ {Min}")
            : string.Create(CultureInfo.InvariantCulture, $"a whole number from {Min} to {Max}");
}
