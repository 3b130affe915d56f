using System.Text.Json;
using ClassicCv.Cli.ExperimentFiles;
using ClassicCv.Runs;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.ExperimentFiles;

public sealed class ExperimentFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Given_an_experiment_file_and_an_override_When_running_and_rerunning_its_report_file_Then_the_override_wins_and_the_rerun_gives_the_same_metrics()
    {
        SyntheticImages.WriteFolder(Data, ["flat", "steep", "mid"], perClass: 10, size: 24);
        var config = Write("experiment.yaml", $"""
            # a comment
            dataset: {Data}
            features: [hog, "raw[size=12]"]
            classifiers: linear-svm
            deep: none
            seed: 5
            no-cache: true
            quiet: true
            out: {Path.Combine(_temp.Path, "first")}
            """);

        var first = CliRun.Of("run", "--config", config, "--seed", "11");

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_temp.Path, "first")));
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json"))))
        {
            Assert.Equal(11, json.RootElement.GetProperty("seed").GetInt32());
        }

        var resolved = File.ReadAllText(Path.Combine(folder, ExperimentFileExporter.FileName));
        Assert.Contains("seed: 11", resolved, StringComparison.Ordinal);
        Assert.Contains("calibration-folds: auto", resolved, StringComparison.Ordinal);
        Assert.Contains("features: hog,raw[size=12]", resolved, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Length - 1);

        var again = CliRun.Of("run", "--config", Path.Combine(folder, ExperimentFileExporter.FileName), "--out", Path.Combine(_temp.Path, "second"));

        Assert.True(again.ExitCode == 0, again.Error + again.Output);
        var second = Assert.Single(Directory.GetDirectories(Path.Combine(_temp.Path, "second")));
        Assert.Equal(ReportCsv.WithoutTimings(folder, "metrics.csv"), ReportCsv.WithoutTimings(second, "metrics.csv"));
        Assert.Equal(ReportCsv.WithoutTimings(folder, "predictions.csv"), ReportCsv.WithoutTimings(second, "predictions.csv"));
    }

    [Fact]
    public void Given_every_run_option_When_compared_with_the_experiment_value_Then_each_that_changes_what_is_measured_is_one_of_its_members()
    {
        string[] environment = ["out", "quiet", "verbose", "cache", "no-cache"];
        var members = new Experiment().Options().Select(o => o.Key).Order(StringComparer.Ordinal);
        var options = ExperimentFile.Options.Select(o => o.Name).Except(environment).Order(StringComparer.Ordinal);
        Assert.Equal(options, members);
        var settings = new Cli.Commands.RunSettings();
        Assert.Equal(new Experiment().Options(), settings.ToExperiment().Options());
    }

    [Fact]
    public void Given_a_json_experiment_file_When_reading_Then_it_gives_the_same_arguments_as_yaml()
    {
        var yaml = ExperimentFile.Read(Write("e.yaml", "features: [hog, lbp]\nseed: 3\nsave-models: true\nstrict: false\ncache: null\n"));
        var json = ExperimentFile.Read(Write("e.json", """{ "features": ["hog", "lbp"], "seed": 3, "save-models": true, "strict": false, "cache": null }"""));

        string[] expected = ["--features", "hog,lbp", "--seed", "3", "--save-models"];
        Assert.Equal(expected, yaml.SelectMany(e => e.Arguments));
        Assert.Equal(expected, json.SelectMany(e => e.Arguments));
    }

    [Theory]
    [InlineData("featurs: hog\n", "line 1: 'featurs' is not an option of classiccv run; expected one of: dataset, seed,")]
    [InlineData("seed: 1\nsave-models: maybe\n", "line 2: 'save-models' is 'maybe'; expected true or false.")]
    [InlineData("features:\n  hog: 1\n", "line 1: 'features' is a nested mapping; expected a value or a list of values.")]
    [InlineData("config: other.yaml\n", "an experiment file cannot name another with 'config'.")]
    [InlineData("- hog\n- raw\n", "expected a mapping of option names to values (e.g. 'features: hog,raw'), found a list.")]
    [InlineData("features: [hog\n", "is not valid YAML or JSON")]
    public void Given_a_bad_experiment_file_When_running_Then_it_exits_2_naming_the_file_and_what_was_expected(string text, string expected)
    {
        var path = Write("bad.yaml", text);

        var run = CliRun.Of("run", "--config", path, "--out", Path.Combine(_temp.Path, "reports"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{path}'", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")) && Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "reports")).Any());
    }

    [Fact]
    public void Given_a_missing_file_or_config_outside_run_When_running_Then_it_exits_2_saying_what_was_expected()
    {
        var missing = CliRun.Of("run", "--config", Path.Combine(_temp.Path, "none.yaml"));
        var elsewhere = CliRun.Of("extract", "--config", "x.yaml");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.yaml' does not exist; expected an experiment file (write one with classiccv init).", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, elsewhere.ExitCode);
        Assert.Contains("--config is an option of classiccv run only", elsewhere.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_init_When_writing_the_template_Then_it_reads_back_as_every_default_and_is_never_overwritten_silently()
    {
        var path = Path.Combine(_temp.Path, "experiment.yaml");

        var init = CliRun.Of("init", path);
        var again = CliRun.Of("init", path);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists; pass --force to replace it", again.Error, StringComparison.Ordinal);
        var read = ExperimentFile.Read(path).ToDictionary(e => e.Option.Name, e => e.Arguments);
        Assert.All(ExperimentFile.Options.Where(o => o.Default is not null), o => Assert.Equal(["--" + o.Name, o.Default!], read[o.Name]));
        Assert.All(ExperimentFile.Options.Where(o => o.IsFlag), o => Assert.Empty(read[o.Name]));
        Assert.DoesNotContain("cache", read.Keys);
        Assert.Equal(0, CliRun.Of("init", path, "--force").ExitCode);
    }
}
