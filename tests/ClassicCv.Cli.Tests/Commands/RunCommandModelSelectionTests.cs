using System.Text.Json;
using Spectre.Console;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class RunCommandModelSelectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-run-").FullName;

    [Fact]
    public void Given_a_grid_a_cap_and_save_models_When_running_Then_the_report_records_the_search_and_holds_the_models()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No });

        var exit = CliApplication.Run(
            ["run", "--deep", "none", "--features", "hog", "--classifiers", "knn[k=1|3],random-forest[trees=10]", "--max-train-per-class", "30", "--cv-folds", "3", "--save-models", "--out", _folder, "--quiet", "--no-cache"],
            console,
            TextWriter.Null);

        Assert.Equal(0, exit);
        var run = Assert.Single(Directory.GetDirectories(_folder));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "run.json")));
        var pipelines = json.RootElement.GetProperty("pipelines");
        Assert.Equal(300, json.RootElement.GetProperty("split").GetProperty("n_train").GetInt32());
        var search = pipelines[0].GetProperty("model_selection");
        Assert.Equal(3, search.GetProperty("folds").GetInt32());
        Assert.Equal(2, search.GetProperty("grid").GetArrayLength());
        Assert.Equal(3, search.GetProperty("grid")[0].GetProperty("fold_accuracies").GetArrayLength());
        Assert.True(search.GetProperty("search_seconds").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, pipelines[1].GetProperty("model_selection").ValueKind);
        Assert.True(File.Exists(Path.Combine(run, "models", "hog-knn", "pipeline.json")));
        Assert.True(File.Exists(Path.Combine(run, "models", "hog-random-forest", "classifier", "classifier-0.yml.gz")));
        Assert.Empty(Directory.GetDirectories(_folder, ".models-*"));
        var metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv"));
        var modelBytes = Array.IndexOf(metrics[0].Split(','), "model_bytes");
        var savedSize = new DirectoryInfo(Path.Combine(run, "models", "hog-knn")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
        Assert.Equal(savedSize.ToString(System.Globalization.CultureInfo.InvariantCulture), metrics[1].Split(',')[modelBytes]);
        Assert.Equal(savedSize, pipelines[0].GetProperty("model_bytes").GetInt64());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
