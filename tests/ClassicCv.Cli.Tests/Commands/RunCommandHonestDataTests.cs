using System.Globalization;
using System.Text.Json;
using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary>The honest-data checks of <c>run</c> through the real command line: the leakage audit, group-aware splits and slices.</summary>
public sealed class RunCommandHonestDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Data => Path.Combine(_temp.Path, "data");

    private CliRun Run(string dataset, string reports, params string[] more) =>
        CliRun.Of(["run", "--deep", "none", "--dataset", dataset, "--features", "raw", "--classifiers", "knn", "--gallery-maps", "0", "--no-cache", "--out", Path.Combine(_temp.Path, reports), .. more]);

    private JsonElement RunJson(string reports) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, reports)).Single(), "run.json"))).RootElement;

    [Fact]
    public void Given_planted_duplicates_When_running_Then_every_one_is_found_none_is_invented_and_drop_leaked_removes_them()
    {
        var planted = PlantLeaks();

        var kept = Run(Data, "kept");
        var dropped = Run(Data, "dropped", "--drop-leaked");

        Assert.True(kept.ExitCode == 0, kept.Error + kept.Output);
        Assert.Contains("warning: leakage: 4 of 15 test images are also in the training split (1 exact, 3 near duplicates)", kept.Output, StringComparison.Ordinal);
        var audit = RunJson("kept").GetProperty("leakage_audit");
        var found = audit.GetProperty("leaked").EnumerateArray().ToDictionary(l => l.GetProperty("test_id").GetString()!, l => (Train: l.GetProperty("train_id").GetString()!, Kind: l.GetProperty("kind").GetString()!));
        Assert.Equal(planted.OrderBy(p => p.Key, StringComparer.Ordinal), found.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, (string, string)>(p.Key, p.Value)));
        Assert.Equal(0, audit.GetProperty("within_test").GetProperty("images").GetInt32());
        var html = File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "kept")).Single(), "index.html"));
        Assert.Contains("<h2>Leakage audit</h2>", html, StringComparison.Ordinal);
        Assert.All(planted, pair =>
        {
            Assert.Contains($"<img alt=\"{pair.Key}\" src=\"data:image/png;base64,", html, StringComparison.Ordinal);
            Assert.Contains($"<img alt=\"{pair.Value.Train}\" src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        });
        Assert.Equal(15, RunJson("kept").GetProperty("split").GetProperty("n_test").GetInt32());

        Assert.True(dropped.ExitCode == 0, dropped.Error + dropped.Output);
        Assert.Contains("dropped 4 leaked test images from the test split: ", dropped.Output, StringComparison.Ordinal);
        Assert.Equal(11, RunJson("dropped").GetProperty("split").GetProperty("n_test").GetInt32());
        Assert.True(RunJson("dropped").GetProperty("leakage_audit").GetProperty("dropped").GetBoolean());
        var predicted = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "dropped")).Single(), "predictions.csv"));
        Assert.DoesNotContain(predicted, line => planted.Keys.Any(id => line.StartsWith(id + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public void Given_file_name_groups_When_running_with_group_by_and_a_grid_search_Then_no_group_is_on_both_sides_of_the_hold_out()
    {
        var random = new Random(3);
        foreach (var (name, angle) in new[] { ("a", 0.0), ("b", 90.0) })
        {
            var folder = Directory.CreateDirectory(Path.Combine(Data, name)).FullName;
            for (var g = 0; g < 6; g++)
            {
                for (var i = 0; i < 3; i++)
                {
                    using var image = SyntheticImages.Bar(16, angle + random.Next(-5, 6), random);
                    Cv2.ImWrite(Path.Combine(folder, $"{name}{g}_{i}.png"), image);
                }
            }
        }

        var run = Run(Data, "reports", "--group-by", "prefix[separator=_]", "--test-fraction", "0.3", "--classifiers", "logistic-regression[C=0.1|1]", "--cv-folds", "3");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var json = RunJson("reports");
        Assert.StartsWith("stratified group hold-out (12 groups), test fraction 0.3, seed 42", json.GetProperty("split").GetProperty("description").GetString(), StringComparison.Ordinal);
        var test = File.ReadAllLines(Path.Combine(Directory.GetDirectories(Path.Combine(_temp.Path, "reports")).Single(), "predictions.csv")).Skip(1)
            .Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var all = Directory.GetFiles(Data, "*.png", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Data, file).Replace('\\', '/')).ToArray();
        static string Group(string id) => Path.GetFileName(id).Split('_')[0];
        var testGroups = test.Select(Group).ToHashSet(StringComparer.Ordinal);
        var trainGroups = all.Where(id => !test.Contains(id)).Select(Group).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(testGroups);
        Assert.Empty(testGroups.Intersect(trainGroups));
        Assert.Equal(all.Where(id => testGroups.Contains(Group(id))).Order(StringComparer.Ordinal), test.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_manifest_with_a_group_column_and_a_site_column_When_slicing_by_site_Then_groups_stay_together_and_the_mislabelled_site_is_flagged()
    {
        var manifest = WriteSiteManifest();

        var run = Run(manifest, "reports", "--slice-by", "Site", "--test-fraction", "0.5");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var folder = Directory.GetDirectories(Path.Combine(_temp.Path, "reports")).Single();
        var rows = File.ReadAllLines(Path.Combine(folder, "slices.csv"));
        Assert.Equal("pipeline,column,value,n_test,accuracy,accuracy_ci_low,accuracy_ci_high,macro_f1,macro_f1_ci_low,macro_f1_ci_high,n_rest,rest_accuracy,p_below_rest,holm_p,significantly_below", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.EndsWith(",false", rows.Single(r => r.StartsWith("raw/knn,site,clean,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",true", rows.Single(r => r.StartsWith("raw/knn,site,swapped,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("raw/knn: site = swapped: accuracy", run.Output, StringComparison.Ordinal);
        Assert.Contains("Slices by site", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
        var test = File.ReadAllLines(Path.Combine(folder, "predictions.csv")).Skip(1).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var groups = File.ReadAllLines(manifest).Skip(1).Select(line => line.Split(',')).GroupBy(cells => cells[2]);
        Assert.All(groups, group => Assert.True(group.All(cells => test.Contains(cells[0])) || group.All(cells => !test.Contains(cells[0])), $"group {group.Key} straddles the split"));
    }

    [Fact]
    public void Given_a_slice_column_the_manifest_lacks_When_running_Then_it_exits_2_naming_the_manifest_and_its_columns()
    {
        var manifest = WriteSiteManifest();

        var run = Run(manifest, "reports", "--slice-by", "device");

        CliAssert.Refused(run, $"manifest '{manifest}' has columns [path, label, group, site]", "expected one of [site]");
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "reports")) && Directory.EnumerateFileSystemEntries(Path.Combine(_temp.Path, "reports")).Any());
    }

    [Theory]
    [InlineData("--leakage-audit", "on[hash=70]", "hash is '70'", "expected a whole number of bits from 0 to 64")]
    [InlineData("--leakage-audit", "maybe", "--leakage-audit is 'maybe'", "expected on, off, or on[hash=N,correlation=R,gradient=R]")]
    [InlineData("--group-by", "suffix", "--group-by is 'suffix'", "expected prefix or prefix[separator=TEXT]")]
    public void Given_a_bad_honest_data_option_When_running_Then_it_exits_2_naming_the_value_and_what_is_allowed(string option, string value, string named, string expected)
    {
        var manifest = WriteSiteManifest();

        var run = Run(manifest, "reports", option, value);

        CliAssert.Refused(run, named, expected);
    }

    /// <summary>
    /// Train: 7 stroke images per class; test: 5 new ones per class, an exact copy, a JPEG re-encode, a 0.9× resize and
    /// a brightened copy of four training images, and a copy of a training image with its stroke redrawn 4 px away (not a duplicate).
    /// </summary>
    /// <returns>The planted test ids with the training id and kind expected.</returns>
    private Dictionary<string, (string Train, string Kind)> PlantLeaks()
    {
        var random = new Random(11);
        foreach (var part in new[] { "train", "test" })
        {
            foreach (var name in new[] { "a", "b" })
            {
                var folder = Directory.CreateDirectory(Path.Combine(Data, part, name)).FullName;
                for (var i = 0; i < (part == "train" ? 7 : 5); i++)
                {
                    using var image = Strokes(random, name == "a" ? 30 : 120, random.Next(20, 44));
                    Cv2.ImWrite(Path.Combine(folder, $"{i}.png"), image);
                }
            }
        }

        string Train(string name, int i) => Path.Combine(Data, "train", name, $"{i}.png");
        File.Copy(Train("a", 0), Path.Combine(Data, "test", "a", "exact.png"));
        using (var source = Cv2.ImRead(Train("a", 1)))
        {
            Cv2.ImWrite(Path.Combine(Data, "test", "a", "reencoded.jpg"), source, new ImageEncodingParam(ImwriteFlags.JpegQuality, 90));
        }

        using (var source = Cv2.ImRead(Train("b", 0)))
        using (var resized = new Mat())
        {
            Cv2.Resize(source, resized, new Size(58, 58), 0, 0, InterpolationFlags.Area);
            Cv2.ImWrite(Path.Combine(Data, "test", "b", "resized.png"), resized);
        }

        using (var source = Cv2.ImRead(Train("b", 1)))
        using (var brighter = new Mat())
        {
            source.ConvertTo(brighter, MatType.CV_8UC3, 1, 20);
            Cv2.ImWrite(Path.Combine(Data, "test", "b", "brighter.png"), brighter);
        }

        // Two different drawn strokes on one background: the same picture but for one stroke's end, 4 px apart.
        using (var first = Stroke(new Point(8, 10), new Point(54, 40)))
        using (var second = Stroke(new Point(8, 10), new Point(54, 44)))
        {
            Cv2.ImWrite(Path.Combine(Data, "train", "a", "stroke.png"), first);
            Cv2.ImWrite(Path.Combine(Data, "test", "a", "stroke.png"), second);
        }

        return new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["test/a/exact.png"] = ("train/a/0.png", "exact"),
            ["test/a/reencoded.jpg"] = ("train/a/1.png", "near"),
            ["test/b/resized.png"] = ("train/b/0.png", "near"),
            ["test/b/brighter.png"] = ("train/b/1.png", "near"),
        };
    }

    /// <summary>A 64 × 64 picture: a smooth gradient background and three random strokes.</summary>
    private static Mat Strokes(Random random, int baseGrey, int slope)
    {
        var image = new Mat(64, 64, MatType.CV_8UC3);
        for (var y = 0; y < 64; y++)
        {
            Cv2.Line(image, new Point(0, y), new Point(63, y), Scalar.All(baseGrey + (slope * y / 64)), 1);
        }

        for (var s = 0; s < 3; s++)
        {
            Cv2.Line(image, new Point(random.Next(64), random.Next(64)), new Point(random.Next(64), random.Next(64)), Scalar.All(random.Next(160, 256)), random.Next(2, 6));
        }

        Cv2.GaussianBlur(image, image, new Size(3, 3), 0.8);
        return image;
    }

    private static Mat Stroke(Point from, Point to)
    {
        var image = new Mat(64, 64, MatType.CV_8UC3, Scalar.All(60));
        Cv2.Line(image, from, to, Scalar.All(230), 4);
        Cv2.GaussianBlur(image, image, new Size(3, 3), 0.8);
        return image;
    }

    /// <summary>
    /// A manifest of 2 sites × 16 groups of 2 images (one of each class): at site 'clean' the label is the bar's angle, at site
    /// 'swapped' the labels of half the groups are the other class, so every pipeline errs there.
    /// </summary>
    private string WriteSiteManifest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "images")).FullName;
        var random = new Random(5);
        var lines = new List<string> { "path,label,group,Site" };
        foreach (var site in new[] { "clean", "swapped" })
        {
            for (var g = 0; g < 16; g++)
            {
                for (var i = 0; i < 2; i++)
                {
                    var cls = (g + i) % 2;
                    using var image = SyntheticImages.Bar(16, (cls * 90) + random.Next(-5, 6), random);
                    var file = $"{site}_{g}_{i}.png";
                    Cv2.ImWrite(Path.Combine(folder, file), image);
                    var label = site == "swapped" && g % 2 == 0 ? 1 - cls : cls;
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"images/{file},{(label == 0 ? "flat" : "upright")},{site}-{g},{site}"));
                }
            }
        }

        var manifest = Path.Combine(_temp.Path, "data.csv");
        File.WriteAllLines(manifest, lines);
        return manifest;
    }
}
