using System.Globalization;
using System.Text.RegularExpressions;

namespace ClassicCv.Reports.Tests;

/// <summary>Compares a rendered file with its golden copy: the text around numbers exactly, the numbers with a tolerance.</summary>
internal static partial class GoldenText
{
    public static void AssertMatches(string expected, string actual, string fileName, double tolerance = 1e-6)
    {
        var expectedNumbers = Numbers(expected);
        var actualNumbers = Numbers(actual);
        Assert.True(
            Skeleton(expected) == Skeleton(actual),
            $"{fileName}: text differs from the golden file.\n--- expected\n{expected}\n--- actual\n{actual}");
        Assert.Equal(expectedNumbers.Length, actualNumbers.Length);
        for (var i = 0; i < expectedNumbers.Length; i++)
        {
            Assert.True(
                Math.Abs(expectedNumbers[i] - actualNumbers[i]) <= tolerance * Math.Max(1, Math.Abs(expectedNumbers[i])),
                $"{fileName}: number {i} is {actualNumbers[i]}, golden {expectedNumbers[i]}");
        }
    }

    private static string Skeleton(string text) => NumberPattern().Replace(text.ReplaceLineEndings("\n"), "#");

    private static double[] Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")]
    private static partial Regex NumberPattern();
}
