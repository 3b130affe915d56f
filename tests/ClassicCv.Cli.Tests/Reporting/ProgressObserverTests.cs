using ClassicCv.Cli.Reporting;
using ClassicCv.OpenCv.Imaging;
using Spectre.Console;

namespace ClassicCv.Cli.Tests.Reporting;

public sealed class ProgressObserverTests
{
    [Fact]
    public void Given_quiet_When_detecting_the_mode_Then_it_is_quiet_whatever_the_console()
    {
        Assert.Equal(ConsoleMode.Quiet, ConsoleModes.Detect(Console(new StringWriter()), quiet: true));
    }

    [Fact]
    public void Given_a_redirected_non_interactive_console_When_detecting_the_mode_Then_it_is_plain()
    {
        Assert.Equal(ConsoleMode.Plain, ConsoleModes.Detect(Console(new StringWriter()), quiet: false));
    }

    [Fact]
    public void Given_plain_mode_When_images_stream_Then_stage_lines_and_at_most_one_throttled_progress_line_are_printed()
    {
        var output = new StringWriter();
        var observer = new ProgressObserver(Console(output), ConsoleMode.Plain, verbose: false);

        observer.StageStarted("extracting hog");
        for (var done = 64; done <= 640; done += 64)
        {
            observer.Report(new StreamProgress(done, 640));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("extracting hog", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_verbose_plain_mode_When_a_pass_completes_Then_a_progress_line_with_rate_and_eta_is_printed()
    {
        var output = new StringWriter();
        var observer = new ProgressObserver(Console(output), ConsoleMode.Plain, verbose: true);

        observer.StageStarted("extracting hog");
        observer.Report(new StreamProgress(640, 640));

        Assert.Matches(@"extracting hog: 640/640 images \(100%\), \d+ img/s, ETA 0 s", output.ToString());
    }

    [Fact]
    public void Given_quiet_mode_When_stages_run_Then_nothing_is_printed()
    {
        var output = new StringWriter();
        var observer = new ProgressObserver(Console(output), ConsoleMode.Quiet, verbose: false);

        observer.StageStarted("extracting hog");
        observer.Report(new StreamProgress(640, 640));

        Assert.Equal("", output.ToString());
    }

    private static IAnsiConsole Console(StringWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
}
