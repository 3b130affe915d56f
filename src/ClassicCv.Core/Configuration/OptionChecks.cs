using System.Globalization;

namespace ClassicCv.Configuration;

/// <summary>Checks of option values that are not whole-number ranges, with messages naming the option, the value and what is allowed.</summary>
public static class OptionChecks
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number &gt; 0.</summary>
    /// <param name="value">The value received.</param>
    /// <param name="option">The option's name for the message, e.g. <c>LinearSvmOptions.C</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a finite positive number.</exception>
    public static void Positive(double value, string option)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(option, value, string.Create(CultureInfo.InvariantCulture, $"{option} is {value}; expected a finite number > 0."));
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is <c>null</c> or a finite number &gt; 0.</summary>
    /// <param name="value">The value received; <c>null</c> means "decide from the data".</param>
    /// <param name="option">The option's name for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is given and not a finite positive number.</exception>
    public static void PositiveOrNull(double? value, string option)
    {
        if (value is { } given)
        {
            Positive(given, option);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] (or [min, max) when <paramref name="upperInclusive"/> is false).</summary>
    /// <param name="value">The value received.</param>
    /// <param name="option">The option's name for the message, e.g. <c>CnnOptions.Dropout</c>.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Upper bound.</param>
    /// <param name="upperInclusive">Whether <paramref name="max"/> itself is allowed.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the interval or not a number.</exception>
    public static void InInterval(double value, string option, double min, double max, bool upperInclusive)
    {
        if (!(value >= min) || (upperInclusive ? !(value <= max) : !(value < max)))
        {
            var close = upperInclusive ? "]" : ")";
            throw new ArgumentOutOfRangeException(option, value, string.Create(CultureInfo.InvariantCulture, $"{option} is {value}; expected a number in [{min}, {max}{close}."));
        }
    }

    /// <summary>Throws unless <paramref name="size"/> is <c>null</c> or each side lies in [1, 4096] px.</summary>
    /// <param name="size">The size received; <c>null</c> means "decide from the training images".</param>
    /// <param name="option">The option's name for the message, e.g. <c>HogOptions.Size</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A side is outside [1, 4096].</exception>
    public static void ImageSize((int Width, int Height)? size, string option)
    {
        if (size is { } given && (given.Width is < 1 or > MaxImageSide || given.Height is < 1 or > MaxImageSide))
        {
            throw new ArgumentOutOfRangeException(option, given, string.Create(CultureInfo.InvariantCulture,
                $"{option} is {given.Width}x{given.Height}; expected each side from 1 to {MaxImageSide} px, or null for the training images' size."));
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a defined member of its enum.</summary>
    /// <param name="value">The value received.</param>
    /// <param name="option">The option's name for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enum's members.</exception>
    public static void Defined<TEnum>(TEnum value, string option)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(option, value, $"{option} is {value}; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    /// <summary>The largest image side, in pixels, a <c>size</c> option allows.</summary>
    public const int MaxImageSide = 4096;
}
