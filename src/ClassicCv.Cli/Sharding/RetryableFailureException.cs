namespace ClassicCv.Cli.Sharding;

/// <summary>
/// A failure that a scheduler should retry (exit code 1): a shard that could not finish (I/O, a lost file), or parts
/// that are missing or damaged. Configuration errors are <see cref="Errors.UserInputException"/> instead (exit code 2, do not retry).
/// </summary>
public sealed class RetryableFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RetryableFailureException()
    {
    }

    /// <summary>Creates the exception with a message that says what failed and what to rerun.</summary>
    /// <param name="message">One line.</param>
    public RetryableFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">One line.</param>
    /// <param name="inner">The failure underneath.</param>
    public RetryableFailureException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
