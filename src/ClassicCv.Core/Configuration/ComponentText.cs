using System.Globalization;

namespace ClassicCv.Configuration;

/// <summary>
/// Writes the canonical text of a component built from typed options: its name alone when every option has its default,
/// else <c>name[key=value,...]</c> with only the options that differ from the defaults, in the component's parameter order
/// (e.g. <c>new HogOptions { Cell = 4 }</c> → <c>hog[cell=4]</c>). The catalogs parse this text back to equal options, so
/// a pipeline saved under this name is re-created as it was built.
/// </summary>
public static class ComponentText
{
    /// <summary>The canonical text.</summary>
    /// <param name="name">The component's catalog name, e.g. <c>hog</c>.</param>
    /// <param name="parameters">Each parameter's key, its value and its default; <c>null</c> values (decided from the data) are left out.</param>
    public static string Format(string name, params ReadOnlySpan<(string Key, object? Value, object? Default)> parameters)
    {
        var written = new List<string>();
        foreach (var (key, value, fallback) in parameters)
        {
            var text = Value(value);
            if (text is not null && text != Value(fallback))
            {
                written.Add($"{key}={text}");
            }
        }

        return written.Count == 0 ? name : $"{name}[{string.Join(",", written)}]";
    }

    private static string? Value(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        ValueTuple<int, int> size => string.Create(CultureInfo.InvariantCulture, $"{size.Item1}x{size.Item2}"),
        Enum member => member.ToString().ToLowerInvariant(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
