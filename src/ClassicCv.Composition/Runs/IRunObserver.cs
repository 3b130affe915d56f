using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;

namespace ClassicCv.Runs;

/// <summary>
/// Receives everything a run tells its user while it works: stages, image progress, warnings, details. The command
/// line shows them on the console; <see cref="SilentRunObserver"/> drops them; implement it to log them elsewhere.
/// Image progress arrives from worker threads.
/// </summary>
public interface IRunObserver : IExperimentObserver, IProgress<StreamProgress>
{
    /// <summary>Something the user should know that does not stop the run (e.g. a class with no training images).</summary>
    /// <param name="message">One line.</param>
    void Warning(string message);

    /// <summary>A detail worth showing on request (e.g. a report file written, a timing).</summary>
    /// <param name="text">One line.</param>
    void Detail(string text);

    /// <summary>Runs one long stage (training and evaluating the contenders, a study), e.g. under a live progress display.</summary>
    /// <typeparam name="T">What the stage returns.</typeparam>
    /// <param name="work">The stage.</param>
    T Run<T>(Func<T> work);
}
