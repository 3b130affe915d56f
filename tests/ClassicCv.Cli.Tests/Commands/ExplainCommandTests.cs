using ClassicCv.TestSupport;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Given_a_saved_hog_linear_svm_and_a_corrupt_image_among_good_ones_When_explaining_Then_the_good_ones_get_a_grid_and_an_overlay_and_the_corrupt_one_is_named()
    {
        CornerImages.WriteFolder(_folder.Folder("data"), 20, seed: 5);
        var reports = _folder.Folder("reports");
        var run = CliRun.Of("run", "--dataset", Path.Combine(_folder.Path, "data"), "--features", "hog", "--classifiers", "linear-svm", "--deep", "none",
            "--save-models", "--no-cache", "--quiet", "--out", reports);
        Assert.Equal(0, run.ExitCode);
        var report = Assert.Single(Directory.GetDirectories(reports));
        var images = _folder.Folder("images");
        var random = new Random(9);
        foreach (var name in new[] { "a", "c", "d" })
        {
            using var image = CornerImages.Image(withSquare: true, random);
            Cv2.ImWrite(Path.Combine(images, $"{name}.png"), image);
        }

        File.WriteAllText(Path.Combine(images, "b-broken.png"), "not an image");
        var maps = Path.Combine(_folder.Path, "maps");

        var explain = CliRun.Of("explain", "--model", Path.Combine(report, "models", "hog-linear-svm"), images, "--out", maps);

        Assert.Equal(1, explain.ExitCode);
        Assert.Contains("skipped (not decodable): " + Path.Combine(images, "b-broken.png"), explain.Output, StringComparison.Ordinal);
        Assert.Contains("3 images explained", explain.Output, StringComparison.Ordinal);
        Assert.Equal(["a.csv", "a.png", "c.csv", "c.png", "d.csv", "d.png"], Directory.GetFiles(maps).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "a", "c", "d" })
        {
            Assert.Contains($"{Path.Combine(images, name + ".png")}\tcorner\t", explain.Output, StringComparison.Ordinal);
            var grid = File.ReadAllLines(Path.Combine(maps, $"{name}.csv"));
            Assert.Equal(6, grid.Length);
            Assert.All(grid, line => Assert.Equal(6, line.Split(',').Length));
            using var overlay = Cv2.ImRead(Path.Combine(maps, $"{name}.png"));
            Assert.Equal((192, 192), (overlay.Width, overlay.Height));
        }
    }

    [Fact]
    public void Given_a_run_When_it_finishes_Then_the_report_holds_calibration_scores_and_curves()
    {
        CornerImages.WriteFolder(_folder.Folder("data"), 12, seed: 6);
        var reports = _folder.Folder("reports");

        var run = CliRun.Of("run", "--dataset", Path.Combine(_folder.Path, "data"), "--features", "hog", "--classifiers", "linear-svm,random-forest[trees=10]", "--deep", "none",
            "--no-cache", "--quiet", "--out", reports);

        Assert.Equal(0, run.ExitCode);
        var report = Assert.Single(Directory.GetDirectories(reports));
        var calibration = File.ReadAllLines(Path.Combine(report, "calibration.csv"));
        Assert.Equal("pipeline,method,bins,ece_before,mce_before,brier_before,log_loss_before,ece_after,mce_after,brier_after,log_loss_after", calibration[0]);
        Assert.StartsWith("hog/linear-svm,multinomial,15,", calibration[1], StringComparison.Ordinal);
        Assert.StartsWith("hog/random-forest,none,15,", calibration[2], StringComparison.Ordinal);
        Assert.Equal("image_id,true_class,predicted_class,p_corner,p_noise", File.ReadLines(Path.Combine(report, "scores", "hog-linear-svm.csv")).First());
        Assert.EndsWith(",macro_roc_auc,macro_average_precision,calibration,ece,brier", File.ReadLines(Path.Combine(report, "metrics.csv")).First(), StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains("ROC, one class vs rest", html, StringComparison.Ordinal);
        Assert.Contains("What hog sees", html, StringComparison.Ordinal);
        Assert.Contains(": variable importance on the image", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_temperature_calibration_on_three_folds_When_running_Then_the_report_names_it_and_a_method_that_does_not_exist_is_refused()
    {
        CornerImages.WriteFolder(_folder.Folder("data"), 12, seed: 7);
        var data = Path.Combine(_folder.Path, "data");
        var reports = _folder.Folder("reports");

        var run = CliRun.Of("run", "--dataset", data, "--features", "hog", "--classifiers", "linear-svm", "--deep", "none",
            "--calibration", "temperature", "--calibration-folds", "3", "--gallery-maps", "0", "--no-cache", "--quiet", "--out", reports);
        var refused = CliRun.Of("run", "--dataset", data, "--deep", "none", "--calibration", "sigmoid", "--out", _folder.Folder("refused"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var report = Assert.Single(Directory.GetDirectories(reports));
        var row = File.ReadAllLines(Path.Combine(report, "calibration.csv"))[1].Split(',');
        Assert.Equal(["hog/linear-svm", "temperature", "15"], row[..3]);
        Assert.All(row[3..], cell => Assert.True(double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _), cell));
        CliAssert.Refused(refused, "--calibration is 'sigmoid'", "multinomial");
    }

    public void Dispose() => _folder.Dispose();
}
