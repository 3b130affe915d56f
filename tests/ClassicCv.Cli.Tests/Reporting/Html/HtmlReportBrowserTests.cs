using System.Text.Json;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Reports.Html;
using ClassicCv.Reports.Tests;
using OpenCvSharp;

namespace ClassicCv.Cli.Tests.Reporting.Html;

public sealed class HtmlReportBrowserTests
{
    private const string Probe = """
        (function () {
          var before = document.querySelector("#leaderboard tbody tr td:nth-child(2)").getAttribute("data-v");
          document.querySelector("#leaderboard thead th:nth-child(2)").click();
          document.querySelector("#leaderboard thead th:nth-child(2)").click();
          var after = document.querySelector("#leaderboard tbody tr td:nth-child(2)").getAttribute("data-v");
          return {
            leaderboardRows: document.querySelectorAll("#leaderboard tbody tr").length,
            heatmaps: document.querySelectorAll("table.heatmap").length,
            charts: document.querySelectorAll("svg.chart").length,
            thumbnails: document.querySelectorAll(".gallery img").length,
            injected: document.querySelectorAll("img[src='x'], body > script:not(:last-of-type)").length,
            scriptName: document.body.innerText.indexOf("<script>alert(1)</script>") >= 0,
            imgName: document.body.innerText.indexOf("\"><img src=x onerror=alert(1)>") >= 0,
            cat: document.body.innerText.indexOf("猫") >= 0,
            sortedBefore: before,
            sortedAfter: after
          };
        })()
        """;

    [Fact]
    public async Task Given_the_sample_report_When_opened_in_headless_chromium_Then_it_loads_offline_without_errors_and_sorts()
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-browser-").FullName;
        using var image = new Mat(300, 500, MatType.CV_8UC3, new Scalar(30, 140, 220));
        var png = new ThumbnailRenderer(new ImageStreamer(1)).Encode(image);
        new HtmlReportExporter(new Dictionary<int, byte[]> { [1] = png, [5] = png }).Export(SampleRun.Create(), folder);

        PageVisit visit;
        await using (var browser = await HeadlessChromium.StartAsync())
        {
            visit = await browser.VisitAsync(Path.Combine(folder, "index.html"), Probe);
        }

        Directory.Delete(folder, recursive: true);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "sample-report.png"), visit.Screenshot);

        Assert.Empty(visit.Errors);
        Assert.All(visit.Requests, url => Assert.True(url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        var probe = JsonDocument.Parse(visit.Probe).RootElement;
        Assert.Equal(2, probe.GetProperty("leaderboardRows").GetInt32());
        Assert.Equal(2, probe.GetProperty("heatmaps").GetInt32());
        Assert.True(probe.GetProperty("charts").GetInt32() >= 3);
        Assert.Equal(2, probe.GetProperty("thumbnails").GetInt32());
        Assert.Equal(0, probe.GetProperty("injected").GetInt32());
        Assert.True(probe.GetProperty("scriptName").GetBoolean());
        Assert.True(probe.GetProperty("imgName").GetBoolean());
        Assert.True(probe.GetProperty("cat").GetBoolean());
        Assert.NotEqual(probe.GetProperty("sortedBefore").GetString(), probe.GetProperty("sortedAfter").GetString());
        Assert.True(visit.Screenshot.Length > 10_000);
        Assert.Equal(0x89, visit.Screenshot[0]);
    }

    [Fact]
    public async Task Given_a_page_that_calls_the_network_and_fails_When_opened_Then_the_request_and_the_error_are_caught()
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-browser-").FullName;
        var page = Path.Combine(folder, "bad.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\"><script>missing();</script></body></html>");

        PageVisit visit;
        await using (var browser = await HeadlessChromium.StartAsync())
        {
            visit = await browser.VisitAsync(page, "1");
        }

        Directory.Delete(folder, recursive: true);

        Assert.Contains("http://127.0.0.1:9/x.png", visit.Requests);
        Assert.Contains(visit.Errors, e => e.Contains("missing", StringComparison.Ordinal));
    }
}
