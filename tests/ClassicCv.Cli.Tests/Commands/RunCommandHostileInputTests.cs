using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>
/// The classes of hostile input issue 10 found mishandled by <c>run</c>, each through the real command line: one bad
/// image is skipped and listed and never aborts the run; a bad split, option or output is one line with exit 2 before
/// any work; what is capped or odd is said.
/// </summary>
public sealed class RunCommandHostileInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Reports => Path.Combine(_temp.Path, "reports");

    private CliRun Run(string dataset, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--features", "hog", "--classifiers", "knn", "--transforms", "none", "--no-cache", "--dataset", dataset, "--out", Reports, .. more]);

    private JsonNode RunJson() => JsonNode.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(Reports)), "run.json")))!;

    private static IEnumerable<string> Skipped(JsonNode run) => run["skipped_images"]!.AsArray().Select(s => $"{s!["path"]} {s["reason"]}");

    private static IEnumerable<string> Warnings(JsonNode run) => run["warnings"]!.AsArray().Select(w => w!.GetValue<string>());

    private void AssertRejected(CliRun run, params string[] fragments)
    {
        CliAssert.Refused(run, fragments);
        Assert.False(Directory.Exists(Reports) && Directory.EnumerateDirectories(Reports).Any(), "a report folder was left behind");
    }

    private string Data(int perClass = 6, int size = 16)
    {
        var data = _temp.Folder("data");
        SyntheticImages.WriteFolder(data, ["a", "b"], perClass, size);
        return data;
    }

    [Fact]
    public void Given_a_png_whose_header_claims_100000_squared_pixels_When_running_Then_it_is_skipped_and_listed_and_the_run_completes()
    {
        var data = Data();
        HostileImages.WritePngClaiming(Path.Combine(data, "a", "bomb.png"), 100_000, 100_000);

        var run = Run(data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Skipped(RunJson()), s => s.Contains("bomb.png", StringComparison.Ordinal) && s.Contains("could not be decoded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_fifo_named_like_an_image_in_a_class_folder_When_running_Then_it_is_skipped_without_being_opened()
    {
        var data = Data();
        var fifo = Path.Combine(data, "b", "pipe.png");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var task = Task.Run(() => Run(data));

        Assert.Same(task, await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(0, (await task).ExitCode);
        Assert.Contains(Skipped(RunJson()), s => s.Contains("pipe.png", StringComparison.Ordinal) && s.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_one_1x1_image_sorted_first_among_16px_images_When_running_Then_the_geometry_is_the_common_size_and_the_odd_one_is_named()
    {
        var data = Data();
        using (var dot = new Mat(1, 1, MatType.CV_8UC1, Scalar.All(200)))
        {
            Cv2.ImWrite(Path.Combine(data, "a", "000-dot.png"), dot);
        }

        var run = Run(data, "--test-fraction", "0.3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Warnings(RunJson()), w => w.Contains("not 16×16 px, the most common size", StringComparison.Ordinal) && w.Contains("is 1×1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("file", "is a file")]
    [InlineData("under-file", "lies under the file")]
    public void Given_an_out_that_cannot_be_a_folder_When_running_Then_it_is_refused_before_any_work(string kind, string expected)
    {
        var file = _temp.File("taken");
        File.WriteAllText(file, "x");
        var output = kind == "file" ? file : Path.Combine(file, "reports");
        var clock = Stopwatch.StartNew();

        var run = CliRun.Of("run", "--deep", "none", "--features", "hog", "--classifiers", "knn", "--dataset", Data(), "--out", output, "--no-cache");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("training", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_test_split_whose_class_folders_are_empty_When_running_Then_it_is_exit_2()
    {
        var data = _temp.Folder("split");
        SyntheticImages.WriteFolder(Path.Combine(data, "train"), ["a", "b"], 4, 16);
        Directory.CreateDirectory(Path.Combine(data, "test", "a"));
        Directory.CreateDirectory(Path.Combine(data, "test", "b"));

        AssertRejected(Run(data), "has no test images");
    }

    [Fact]
    public void Given_a_class_only_the_test_split_has_When_running_Then_it_is_a_warning_and_with_strict_a_refusal()
    {
        var data = _temp.Folder("split");
        SyntheticImages.WriteFolder(Path.Combine(data, "train"), ["a", "b"], 4, 16);
        SyntheticImages.WriteFolder(Path.Combine(data, "test"), ["a", "b", "c"], 2, 16);

        AssertRejected(Run(data, "--strict"), "class 'c' (2 test images) has test images but no training images", "--strict");
        var run = Run(data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no training images", run.Output, StringComparison.Ordinal);
        Assert.Contains(Warnings(RunJson()), w => w.Contains("class 'c' (2 test images) has test images but no training images", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_more_cv_folds_than_the_smallest_class_has_training_images_When_searching_Then_it_is_exit_2() =>
        AssertRejected(Run(Data(perClass: 4), "--classifiers", "knn[k=1|3]", "--cv-folds", "5"), "--cv-folds is 5", "only 3 training images");

    [Fact]
    public void Given_no_pipeline_at_all_When_running_Then_it_is_exit_2() =>
        AssertRejected(CliRun.Of("run", "--features", "", "--deep", "none", "--dataset", Data(), "--out", Reports), "name no pipeline");

    [Fact]
    public void Given_a_seed_beyond_the_int_range_When_running_Then_the_range_is_named() =>
        AssertRejected(Run("digits", "--seed", "2147483648"), "--seed is '2147483648'", "from -2147483648 to 2147483647");

    [Fact]
    public void Given_a_grid_sheet_descriptor_with_absurd_columns_or_repeated_classes_When_running_Then_each_is_exit_2()
    {
        var folder = _temp.Folder("sheet");
        using (var sheet = new Mat(40, 40, MatType.CV_8UC1, Scalar.All(90)))
        {
            Cv2.ImWrite(Path.Combine(folder, "sheet.png"), sheet);
        }

        void Descriptor(int columns, string classes) => File.WriteAllText(Path.Combine(folder, "dataset.json"),
            $$"""{"format":"grid-sheet","image":"sheet.png","cellWidth":10,"cellHeight":10,"columns":{{columns}},"rows":4,"rowsPerClass":2,"classes":{{classes}}}""");

        Descriptor(1_000_000_000, """["x","y"]""");
        AssertRejected(Run(folder), "columns 1000000000 = 4000000000 cells", "at most 10000000");
        Descriptor(1000, """["x","y"]""");
        AssertRejected(Run(folder), "columns 1000 × cellWidth 10 = 10000 px", "is 40×40 px");
        Descriptor(4, """["x","x"]""");
        AssertRejected(Run(folder), "class 'x' is named 2 times");
    }

    [Fact]
    public void Given_a_manifest_listing_one_file_under_two_spellings_When_running_Then_it_is_one_item_and_with_two_labels_an_error()
    {
        var data = Data();
        var manifest = _temp.File("lists/m.csv");
        var rows = Enumerable.Range(0, 6).SelectMany(i => new[] { $"../data/a/{i:D3}.png,a", $"../data/b/{i:D3}.png,b" }).ToList();
        File.WriteAllText(manifest, "path,label\n" + string.Join('\n', rows) + $"\n../data/./a/000.png,a\n{Path.Combine(data, "b", "001.png")},b\n");

        var run = Run(manifest);

        Assert.Equal(0, run.ExitCode);
        var json = RunJson();
        Assert.Equal(12, json["dataset"]!["images"]!.GetValue<int>());
        Assert.Equal(2, Skipped(json).Count(s => s.Contains("is listed again on line", StringComparison.Ordinal)));

        Directory.Delete(Reports, recursive: true);
        File.AppendAllText(manifest, "../data/b/002.png,a\n");
        AssertRejected(Run(manifest), "line 7 ('../data/b/002.png', label 'b')", "line 16 ('../data/b/002.png', label 'a')", "two labels");
    }

    [Fact]
    public void Given_a_latin1_manifest_or_an_unterminated_quote_When_running_Then_each_is_named_and_a_capitalised_header_is_accepted()
    {
        var data = Data();
        var manifest = _temp.File("m.csv");
        var rows = string.Join('\n', Enumerable.Range(0, 6).SelectMany(i => new[] { $"data/a/{i:D3}.png,café", $"data/b/{i:D3}.png,b" }));
        File.WriteAllBytes(manifest, Encoding.Latin1.GetBytes("path,label\n" + rows + "\n"));
        AssertRejected(Run(manifest), "is not valid UTF-8", "line 2");

        File.WriteAllText(manifest, "Path,Label\n" + rows + "\n\"data/a/000.png,a\n");
        AssertRejected(Run(manifest), "malformed quoting");

        File.WriteAllText(manifest, "Path,Label\n" + rows + "\n");
        var run = Run(manifest);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("café", RunJson()["dataset"]!["class_names"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_trailing_slash_a_dot_dot_dot_folder_and_a_nested_folder_When_running_Then_the_name_is_kept_and_both_are_listed()
    {
        var data = Data();
        SyntheticImages.WriteFolder(data, ["..."], 3, 16);
        SyntheticImages.WriteFolder(Path.Combine(data, "a"), ["deeper"], 2, 16);

        var run = Run(data + "/");

        Assert.Equal(0, run.ExitCode);
        var json = RunJson();
        Assert.Equal("data", json["dataset"]!["name"]!.GetValue<string>());
        var skipped = Skipped(json).ToArray();
        Assert.Contains(skipped, s => s.Contains("/...", StringComparison.Ordinal) && s.Contains("hidden folder", StringComparison.Ordinal));
        Assert.Equal(2, skipped.Count(s => s.Contains("deeper", StringComparison.Ordinal) && s.Contains("sub-folder of class folder", StringComparison.Ordinal)));
    }

    [Fact]
    public void Given_k_and_components_beyond_what_the_data_has_When_running_Then_each_cap_is_noted()
    {
        var run = Run(Data(), "--classifiers", "knn[k=1000]", "--transforms", "pca[components=5000]", "--features", "raw[size=4x4]");

        Assert.Equal(0, run.ExitCode);
        var warnings = Warnings(RunJson()).ToArray();
        Assert.Contains(warnings, w => w.Contains("k=1000 but there are only", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("pca[components=5000] on raw[size=4x4]: the features have only 16 columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_working_folders_left_by_killed_runs_When_running_Then_the_abandoned_ones_are_removed_and_a_live_one_is_kept()
    {
        Directory.CreateDirectory(Path.Combine(Reports, ".20260101-000000.partial"));
        File.WriteAllText(Path.Combine(Reports, ".20260101-000000.partial.lock"), "");
        Directory.CreateDirectory(Path.Combine(Reports, ".models-0123"));
        File.WriteAllText(Path.Combine(Reports, ".models-0123.lock"), "");
        var old = Directory.CreateDirectory(Path.Combine(Reports, ".models-old")).FullName;
        Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        Directory.CreateDirectory(Path.Combine(Reports, ".models-live"));
        using var live = new FileStream(Path.Combine(Reports, ".models-live.lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        var run = Run(Data());

        Assert.Equal(0, run.ExitCode);
        var left = Directory.GetFileSystemEntries(Reports).Select(entry => Path.GetFileName(entry)).Where(name => name.StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([".models-live", ".models-live.lock"], left);
    }

    [Fact]
    public void Given_a_feature_cache_entry_with_random_bytes_in_its_payload_When_running_again_Then_it_is_not_used_and_is_replaced()
    {
        var data = Data();
        var cache = _temp.Folder("cache");
        string[] args = ["run", "--deep", "none", "--features", "hog", "--classifiers", "knn", "--transforms", "none", "--dataset", data, "--cache", cache, "--quiet"];
        bool FromCache(string reports)
        {
            Assert.Equal(0, CliRun.Of([.. args, "--out", reports]).ExitCode);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(reports)), "run.json")))!;
            return json["pipelines"]![0]!["timings"]!["features_from_cache"]!.GetValue<bool>();
        }

        Assert.False(FromCache(Path.Combine(_temp.Path, "r1")));
        var entry = Assert.Single(Directory.GetFiles(cache, "*.features"));
        var bytes = File.ReadAllBytes(entry);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length / 2, 64));
        File.WriteAllBytes(entry, bytes);

        Assert.False(FromCache(Path.Combine(_temp.Path, "r2")));
        Assert.True(FromCache(Path.Combine(_temp.Path, "r3")));
    }
}
