namespace ClassicCv.Configuration;

/// <summary>Splits text on a separator that lies outside square brackets (e.g. <c>hog[cell=4,block=2]+lbp</c> on '+').</summary>
public static class TopLevelSplitter
{
    /// <summary>The parts between top-level separators, untrimmed; one part when there is none.</summary>
    /// <param name="text">The text.</param>
    /// <param name="separator">The separator character.</param>
    public static IReadOnlyList<string> Split(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']')
            {
                depth--;
            }
            else if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
