using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>The feature-related options of <c>classiccv run</c>: <c>--transforms</c>, <c>--cache</c>, <c>--no-cache</c>.</summary>
public sealed class RunCommandFeatureOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-run-").FullName;

    public RunCommandFeatureOptionsTests()
    {
        var random = new Random(5);
        foreach (var name in new[] { "dark", "light" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, "data", name));
            for (var i = 0; i < 6; i++)
            {
                using var image = new Mat(12, 12, MatType.CV_8UC3, Scalar.All(name == "dark" ? random.Next(0, 60) : random.Next(190, 255)));
                Cv2.ImWrite(Path.Combine(_folder, "data", name, $"{i}.png"), image);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var run = CliRun.Of(args);
        return (run.ExitCode, run.Output + run.Error);
    }

    private string[] Metrics(string reports) =>
        File.ReadAllLines(Path.Combine(Directory.GetDirectories(reports).Single(), "metrics.csv"));

    private static string Column(string[] metrics, string name) =>
        metrics[1].Split(',')[Array.IndexOf(metrics[0].Split(','), name)];

    [Fact]
    public void Given_the_same_features_twice_When_running_with_a_cache_Then_the_second_run_reads_them_with_zero_extraction_time()
    {
        var cache = Path.Combine(_folder, "cache");
        string[] args = ["run", "--deep", "none", "--dataset", Path.Combine(_folder, "data"), "--features", "color-hist[bins=4]+lbp[grid=1]", "--classifiers", "linear-svm", "--cache", cache, "-q", "--test-fraction", "0.5"];

        var first = Run([.. args, "--out", Path.Combine(_folder, "first")]);
        var second = Run([.. args, "--out", Path.Combine(_folder, "second")]);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal("false", Column(Metrics(Path.Combine(_folder, "first")), "features_from_cache"));
        var again = Metrics(Path.Combine(_folder, "second"));
        Assert.Equal("true", Column(again, "features_from_cache"));
        Assert.Equal("0", Column(again, "extract_seconds"));
        // The images are gray, so both parts read grayscale: the composition is assembled from the parts' entries.
        Assert.Equal(2, Directory.GetFiles(cache, "*.features").Length);
    }

    [Fact]
    public void Given_no_cache_When_running_Then_nothing_is_written_to_the_cache_folder()
    {
        var cache = Path.Combine(_folder, "cache");

        var (code, output) = Run("run", "--deep", "none", "--dataset", Path.Combine(_folder, "data"), "--features", "lbp[grid=1]", "--classifiers", "linear-svm", "--cache", cache, "--no-cache", "-q", "--test-fraction", "0.5", "--out", Path.Combine(_folder, "reports"));

        Assert.True(code == 0, output);
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void Given_transforms_When_running_Then_the_pipeline_uses_them_and_reports_them()
    {
        var (code, output) = Run("run", "--deep", "none", "--dataset", Path.Combine(_folder, "data"), "--features", "color-hist[bins=2]", "--classifiers", "linear-svm", "--transforms", "standardize,pca[components=3],l2", "--no-cache", "-q", "--test-fraction", "0.5", "--out", Path.Combine(_folder, "reports"));

        Assert.True(code == 0, output);
        var json = File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_folder, "reports")).Single(), "run.json"));
        Assert.Contains("standardize+pca[components=3]+l2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_transform_When_running_Then_it_is_a_user_error_listing_the_valid_ones()
    {
        var (code, output) = Run("run", "--deep", "none", "--dataset", Path.Combine(_folder, "data"), "--transforms", "whiten", "--no-cache", "--out", Path.Combine(_folder, "reports"));

        Assert.Equal(2, code);
        Assert.Contains("valid transforms: l2, pca, standardize", output, StringComparison.Ordinal);
    }
}
