using System.Diagnostics;
using System.Globalization;
using ClassicCv.Experiments;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Runs;
using Spectre.Console;

namespace ClassicCv.Cli.Reporting;

/// <summary>
/// Shows a run's progress: one Spectre.Console progress task per stage (decoding and extraction advance with images/s
/// and an ETA; training and prediction spin until done), or, in plain mode, timestamped stage lines plus a progress line
/// at most every <see cref="PlainInterval"/>. Thread-safe: image progress arrives from worker threads.
/// </summary>
internal sealed class ProgressObserver(IAnsiConsole console, ConsoleMode mode, bool verbose) : IRunObserver
{
    /// <summary>Shortest time between two plain progress lines.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private ProgressContext? _context;
    private ProgressTask? _task;
    private string _stage = "";
    private TimeSpan _stageStarted;
    private TimeSpan _lastPlainLine;

    /// <summary>Runs <paramref name="work"/> with live bars in <see cref="ConsoleMode.Bars"/> mode, plainly otherwise.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">The stage.</param>
    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (mode != ConsoleMode.Bars)
        {
            return work();
        }

        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ImagesPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                _context = context;
                try
                {
                    return work();
                }
                finally
                {
                    Finish();
                    _context = null;
                }
            });
    }

    /// <inheritdoc />
    public void StageStarted(string description)
    {
        lock (_gate)
        {
            Finish();
            _stage = description;
            _stageStarted = _clock.Elapsed;
            _lastPlainLine = _clock.Elapsed;
            if (_context is not null)
            {
                _task = _context.AddTask(Markup.Escape(description), autoStart: true);
                _task.IsIndeterminate = true;
            }
            else
            {
                Line(description);
            }
        }
    }

    /// <inheritdoc />
    public void PipelineFinished(PipelineResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = string.Create(CultureInfo.InvariantCulture, $"{result.Name}: accuracy {result.Metrics.Accuracy:0.0000}, macro-F1 {result.Metrics.MacroF1:0.0000}");
        if (verbose && result.Statistics is { } s)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", 95% CI [{s.Bootstrap.Accuracy.Lower:0.0000}, {s.Bootstrap.Accuracy.Upper:0.0000}], kappa {result.Metrics.CohensKappa:0.0000}, train {result.TrainSeconds:0.00} s, predict {result.PredictImagesPerSecond:0} img/s");
        }

        lock (_gate)
        {
            if (_context is not null)
            {
                Finish();
                if (verbose)
                {
                    _context.AddTask(Markup.Escape(text)).Value(100).StopTask();
                }
            }
            else
            {
                Line(text);
            }
        }
    }

    /// <inheritdoc />
    public void Report(StreamProgress value)
    {
        lock (_gate)
        {
            if (_task is not null)
            {
                _task.IsIndeterminate = false;
                _task.MaxValue = value.Total;
                _task.Value = value.Done;
                return;
            }

            var now = _clock.Elapsed;
            if (mode == ConsoleMode.Plain && (now - _lastPlainLine >= PlainInterval || (verbose && value.Done == value.Total)))
            {
                _lastPlainLine = now;
                var seconds = Math.Max(1e-9, (now - _stageStarted).TotalSeconds);
                var rate = value.Done / seconds;
                var eta = rate > 0 ? (value.Total - value.Done) / rate : 0;
                Line(string.Create(CultureInfo.InvariantCulture, $"  {_stage}: {value.Done}/{value.Total} images ({100.0 * value.Done / Math.Max(1, value.Total):0}%), {rate:0} img/s, ETA {eta:0} s"));
            }
        }
    }

    /// <inheritdoc />
    public void Warning(string message) => console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

    /// <summary>Writes a line in plain mode when <c>--verbose</c> is on (e.g. the files written).</summary>
    /// <param name="text">The line.</param>
    public void Detail(string text)
    {
        if (verbose && mode != ConsoleMode.Quiet)
        {
            lock (_gate)
            {
                Line(text);
            }
        }
    }

    private void Finish()
    {
        if (_task is not null)
        {
            _task.IsIndeterminate = false;
            _task.Value = _task.MaxValue;
            _task.StopTask();
            _task = null;
        }
    }

    private void Line(string text)
    {
        if (mode != ConsoleMode.Quiet)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{_clock.Elapsed.TotalSeconds,7:0.0}s[/] {Markup.Escape(text)}"));
        }
    }
}
