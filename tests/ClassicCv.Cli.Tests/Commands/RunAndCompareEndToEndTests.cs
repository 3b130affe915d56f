using ClassicCv.Cli.Tests.Reporting.Html;
using OpenCvSharp;
using Spectre.Console;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class RunAndCompareEndToEndTests
{
    private static readonly string[] ClassFolders = ["<script>alert(1)", "\"><img src=x onerror=alert(1)>", "猫", "Ötzi"];

    [Fact]
    public async Task Given_class_folders_with_hostile_and_non_ascii_names_When_running_twice_and_comparing_Then_every_file_is_written_and_the_page_is_clean()
    {
        var root = Directory.CreateTempSubdirectory("classiccv-e2e-").FullName;
        try
        {
            await RunAndCompare(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task RunAndCompare(string root)
    {
        var dataset = WriteDataset(Path.Combine(root, "data"));
        var reports = Path.Combine(root, "reports");

        foreach (var seed in new[] { "1", "2" })
        {
            var exitCode = CliApplication.Run(["run", "--deep", "none", "--dataset", dataset, "--features", "raw[size=8x8]", "--classifiers", "logistic-regression,linear-svm", "--seed", seed, "--out", reports, "--quiet", "--no-cache"], QuietConsole(), TextWriter.Null);
            Assert.Equal(0, exitCode);
            await Task.Delay(1100);
        }

        var runs = Directory.GetDirectories(reports).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, runs.Length);
        foreach (var file in new[] { "index.html", "metrics.csv", "per_class.csv", "predictions.csv", "pairwise_tests.csv", "run.json" })
        {
            Assert.True(File.Exists(Path.Combine(runs[0], file)), file);
        }

        var predictions = File.ReadAllLines(Path.Combine(runs[0], "predictions.csv"));
        Assert.Equal(1 + (2 * 8), predictions.Length);
        var html = File.ReadAllText(Path.Combine(runs[0], "index.html"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("猫", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);

        await using (var browser = await HeadlessChromium.StartAsync())
        {
            var visit = await browser.VisitAsync(Path.Combine(runs[0], "index.html"), "document.querySelectorAll('table.heatmap').length");
            Assert.Empty(visit.Errors);
            Assert.Equal("2", visit.Probe);
        }

        var output = Path.Combine(root, "compare");
        Assert.Equal(0, CliApplication.Run(["compare", runs[0], runs[1], "--out", output], QuietConsole(), TextWriter.Null));
        Assert.Equal(1 + 4, File.ReadAllLines(Path.Combine(output, "compare.csv")).Length);
        Assert.True(File.Exists(Path.Combine(output, "compare.html")));
    }

    private static string WriteDataset(string folder)
    {
        var random = new Random(3);
        for (var c = 0; c < ClassFolders.Length; c++)
        {
            var classFolder = Path.Combine(folder, ClassFolders[c]);
            Directory.CreateDirectory(classFolder);
            for (var i = 0; i < 10; i++)
            {
                using var image = new Mat(12, 12, MatType.CV_8UC1, new Scalar(20));
                // About a third of the images carry another class's stripe, so some test images are misclassified.
                var stripe = random.NextDouble() < 0.35 ? random.Next(ClassFolders.Length) : c;
                Cv2.Rectangle(image, new Rect(stripe * 3, 0, 3, 12), new Scalar(200 + random.Next(50)), -1);
                image.Set(random.Next(12), random.Next(12), (byte)random.Next(256));
                Cv2.ImWrite(Path.Combine(classFolder, $"{i}.png"), image);
            }
        }

        return folder;
    }

    private static IAnsiConsole QuietConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
}
