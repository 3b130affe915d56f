using System.Globalization;
using System.Text.Json;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Reports => Path.Combine(_temp.Path, "reports");

    private string Data(string name = "data") => Path.Combine(_temp.Path, name);

    private string Cache => Path.Combine(_temp.Path, "cache");

    [Fact]
    public void Given_an_image_folder_When_running_Then_every_pipeline_is_reported_in_every_file()
    {
        SyntheticImages.WriteFolder(Data(), ["flat", "steep", "mid"], perClass: 10, size: 24);

        var run = CliRun.Of("run", "--deep", "none", "--dataset", Data(), "--features", "hog,raw[size=12]", "--classifiers", "linear-svm,logistic-regression", "--out", Reports, "--seed", "7", "--no-cache");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var folder = Assert.Single(Directory.GetDirectories(Reports));
        Assert.Empty(Directory.GetDirectories(Reports, ".*"));
        var metrics = File.ReadAllLines(Path.Combine(folder, "metrics.csv"));
        Assert.StartsWith("dataset,features,classifier,seed,n_train,n_test,accuracy,macro_precision,macro_recall,macro_f1,weighted_f1,extract_seconds,train_seconds,predict_seconds", metrics[0], StringComparison.Ordinal);
        Assert.Equal(5, metrics.Length);
        Assert.Contains(metrics, line => line.StartsWith("data,hog,linear-svm,7,24,6,", StringComparison.Ordinal));
        Assert.Contains(metrics, line => line.StartsWith("data,raw[size=12],logistic-regression,7,24,6,", StringComparison.Ordinal));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(folder, "confusion")).Length);
        Assert.Equal(1 + (4 * 3), File.ReadAllLines(Path.Combine(folder, "per_class.csv")).Length);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.Equal(7, json.RootElement.GetProperty("seed").GetInt32());
        Assert.Contains("--seed 7", json.RootElement.GetProperty("command_line").GetString(), StringComparison.Ordinal);
        Assert.Contains("Report: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_same_seed_When_running_twice_Then_the_metrics_are_identical()
    {
        SyntheticImages.WriteFolder(Data(), ["a", "b"], perClass: 12, size: 20);
        string Metrics(string outName)
        {
            var run = CliRun.Of("run", "--deep", "none", "--dataset", Data(), "--out", Path.Combine(_temp.Path, outName), "-q", "--no-cache");
            Assert.Equal(0, run.ExitCode);
            var lines = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, outName)).Single(), "metrics.csv"));
            return string.Join('\n', lines.Select(line => string.Join(',', line.Split(',')[..11])));
        }

        Assert.Equal(Metrics("first"), Metrics("second"));
    }

    [Fact]
    public void Given_a_corrupt_image_among_good_ones_When_running_Then_it_is_skipped_counted_and_named()
    {
        SyntheticImages.WriteFolder(Data(), ["a", "b"], perClass: 8, size: 20);
        var corrupt = Path.Combine(Data(), "a", "003.png");
        File.WriteAllBytes(corrupt, File.ReadAllBytes(corrupt)[..30]);
        File.WriteAllText(Path.Combine(Data(), "b", "readme.txt"), "hello");

        var run = CliRun.Of("run", "--deep", "none", "--dataset", Data(), "--features", "hog", "--classifiers", "linear-svm", "--out", Reports, "--no-cache");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 image(s) skipped", run.Output, StringComparison.Ordinal);
        Assert.Contains("003.png", run.Output, StringComparison.Ordinal);
        var folder = Directory.GetDirectories(Reports).Single();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        var skipped = json.RootElement.GetProperty("skipped_images").EnumerateArray().Select(s => s.GetProperty("path").GetString()).ToArray();
        Assert.Contains(corrupt, skipped);
        Assert.Contains(Path.Combine(Data(), "b", "readme.txt"), skipped);
        var total = int.Parse(File.ReadAllLines(Path.Combine(folder, "metrics.csv"))[1].Split(',')[4], CultureInfo.InvariantCulture)
            + int.Parse(File.ReadAllLines(Path.Combine(folder, "metrics.csv"))[1].Split(',')[5], CultureInfo.InvariantCulture);
        Assert.Equal(15, total);
    }

    [Fact]
    public void Given_a_copy_of_a_dataset_with_a_corrupt_image_When_its_features_come_from_the_cache_Then_the_copy_is_named()
    {
        SyntheticImages.WriteFolder(Data("first"), ["a", "b"], perClass: 6, size: 20);
        var corrupt = Path.Combine(Data("first"), "a", "002.png");
        File.WriteAllBytes(corrupt, File.ReadAllBytes(corrupt)[..30]);
        CopyFolder(Data("first"), Data("second"));
        string[] Run(string dataset, string outName)
        {
            var run = CliRun.Of("run", "--deep", "none", "--dataset", Data(dataset), "--features", "hog", "--classifiers", "linear-svm", "--out", Path.Combine(_temp.Path, outName), "--cache", Cache, "-q");
            Assert.Equal(0, run.ExitCode);
            var folder = Directory.GetDirectories(Path.Combine(_temp.Path, outName)).Single();
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
            return [.. json.RootElement.GetProperty("skipped_images").EnumerateArray().Select(s => s.GetProperty("path").GetString()!),
                File.ReadAllLines(Path.Combine(folder, "metrics.csv"))[1].Split(',')[15]];
        }

        var first = Run("first", "out1");
        var second = Run("second", "out2");

        Assert.Equal([corrupt, "false"], first);
        Assert.Equal([Path.Combine(Data("second"), "a", "002.png"), "true"], second);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Given_two_classifiers_of_one_kind_When_running_Then_their_pipelines_keep_distinct_names_and_files()
    {
        SyntheticImages.WriteFolder(Data(), ["a", "b"], perClass: 8, size: 20);

        var run = CliRun.Of("run", "--deep", "none", "--dataset", Data(), "--features", "hog", "--classifiers", "logistic-regression[C=1],logistic-regression[C=0.1],linear-svm", "--out", Reports, "--no-cache", "-q");

        Assert.True(run.ExitCode == 0, run.Error);
        var folder = Directory.GetDirectories(Reports).Single();
        var classifiers = File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Skip(1).Select(line => line.Split(',')[2].Trim('"')).ToArray();
        Assert.Equal(["logistic-regression[C=1]", "logistic-regression[C=0.1]", "linear-svm"], classifiers);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(folder, "confusion")).Length);
    }

    [Fact]
    public void Given_the_same_pipeline_twice_When_running_Then_it_is_a_user_error()
    {
        var run = CliRun.Of("run", "--deep", "none", "--features", "hog,hog", "--classifiers", "linear-svm", "--out", Reports);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The pipeline 'hog/linear-svm' is asked for 2 times", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Reports) && Directory.EnumerateFileSystemEntries(Reports).Any());
    }

    [Fact]
    public void Given_help_When_asking_Then_every_option_is_described()
    {
        var run = CliRun.Of("run", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "--dataset", "--features", "--classifiers", "--seed", "--test-fraction", "--out", "[key=value,...]" },
            option => Assert.Contains(option, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_no_arguments_When_running_Then_the_embedded_digits_dataset_is_used()
    {
        var run = CliRun.Of("run", "--deep", "none", "--out", Reports, "--features", "hog", "--classifiers", "linear-svm", "-q", "--cache", Cache);

        Assert.True(run.ExitCode == 0, run.Error);
        var metrics = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Reports).Single(), "metrics.csv"));
        var cells = metrics[1].Split(',');
        Assert.Equal(("digits", "4000", "1000"), (cells[0], cells[4], cells[5]));
        Assert.InRange(double.Parse(cells[6], CultureInfo.InvariantCulture), 0.9, 1.0);
    }
}
