namespace ClassicCv.Cli.Reporting;

/// <summary>How a run talks to the console while it works.</summary>
internal enum ConsoleMode
{
    /// <summary>Nothing until the results table (<c>--quiet</c>).</summary>
    Quiet,

    /// <summary>Timestamped lines, and a progress line at most every few seconds (output redirected, or <c>CI</c> set).</summary>
    Plain,

    /// <summary>Live Spectre.Console progress bars with images/s and ETA (an interactive terminal).</summary>
    Bars,
}
