using ClassicCv.Experiments;

namespace ClassicCv.Runs;

/// <summary>
/// An output (a report folder, a CSV) could not be written, e.g. on a full disk; nothing half-written was left.
/// Reported as one <c>classiccv: error:</c> line with exit code 1.
/// </summary>
public sealed class OutputNotWrittenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be written, where, and what was cleaned up.</param>
    public OutputNotWrittenException(string message) : base(message)
    {
    }

    /// <summary>When a run's report could not be written: the run's results, so they can still be shown; otherwise <c>null</c>.</summary>
    public RunSummary? Summary { get; init; }
}
