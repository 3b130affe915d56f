using System.Text;

namespace ClassicCv.Reports;

/// <summary>
/// The one way a pipeline name becomes a file or folder name, for every file of a report (<c>confusion/</c>,
/// <c>scores/</c>) and every saved model folder (<c>models/</c>).
/// </summary>
public static class PipelineFileName
{
    /// <summary>
    /// <paramref name="pipelineName"/> as a file name: <c>/</c> becomes <c>-</c>, ASCII letters, digits, <c>.</c>, <c>=</c>
    /// and <c>-</c> are kept, everything else becomes <c>_</c>, and a leading <c>.</c> becomes <c>_</c> so the file is
    /// never hidden: <c>hog[cell=4]/linear-svm</c> → <c>hog_cell=4_-linear-svm</c>, <c>hog+lbp/knn</c> → <c>hog_lbp-knn</c>.
    /// </summary>
    /// <param name="pipelineName">A pipeline's name, <c>features/classifier</c>, or a part of one.</param>
    public static string Of(string pipelineName)
    {
        ArgumentNullException.ThrowIfNull(pipelineName);
        var builder = new StringBuilder(pipelineName.Length);
        foreach (var ch in pipelineName)
        {
            builder.Append(ch == '/' ? '-' : char.IsAsciiLetterOrDigit(ch) || ch is '.' or '=' or '-' ? ch : '_');
        }

        if (builder.Length > 0 && builder[0] == '.')
        {
            builder[0] = '_';
        }

        return builder.ToString();
    }
}
