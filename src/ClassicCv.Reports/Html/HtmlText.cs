using System.Text;

namespace ClassicCv.Reports.Html;

/// <summary>Escapes text from data (class, file and model names) for HTML element content and quoted attributes.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Replaces <c>&amp; &lt; &gt; " '</c> by character references and drops control characters other than tab and
    /// line breaks; everything else, including non-ASCII letters, is kept as is (the page is UTF-8).
    /// </summary>
    /// <param name="text">Any text.</param>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(ch); break;
                default:
                    if (!char.IsControl(ch))
                    {
                        builder.Append(ch);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends an <c>img</c> element showing PNG bytes as a data URI, with an escaped alt text.</summary>
    /// <param name="html">Output.</param>
    /// <param name="png">The PNG bytes.</param>
    /// <param name="alt">The alternative text.</param>
    public static void AppendPng(StringBuilder html, byte[] png, string alt)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(png);
        html.Append("<img alt=\"").Append(Escape(alt)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">");
    }
}
