using OpenCvSharp;

namespace ClassicCv.OpenCv;

/// <summary>Turns exceptions from OpenCV (and others) into one line for a user message.</summary>
internal static class OpenCvMessages
{
    /// <summary>OpenCV's own error text (e.g. <c>pixels &lt;= CV_IO_MAX_IMAGE_PIXELS</c>) or the message, on one line.</summary>
    /// <param name="error">The exception.</param>
    public static string OneLine(Exception error)
    {
        var message = error is OpenCVException cv && !string.IsNullOrWhiteSpace(cv.ErrMsg) ? cv.ErrMsg : error.Message;
        return string.Join(' ', message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
