namespace ClassicCv.Errors;

/// <summary>
/// A problem with what the user supplied (a path, a name, a value): reported as one line naming the
/// offending input and what was expected, with exit code 2 and no stack trace.
/// </summary>
public sealed class UserInputException : Exception
{
    /// <summary>Creates the exception with a message that names the input and what was expected.</summary>
    /// <param name="message">One sentence: the file or value received and what is allowed.</param>
    public UserInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception, keeping the low-level cause for <c>--verbose</c> output.</summary>
    /// <param name="message">One sentence: the file or value received and what is allowed.</param>
    /// <param name="inner">The exception that revealed the problem.</param>
    public UserInputException(string message, Exception inner) : base(message, inner)
    {
    }
}
