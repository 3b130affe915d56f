using System.Globalization;
using System.Text.RegularExpressions;
using ClassicCv.Reports.Html;

namespace ClassicCv.Reports.Tests.Html;

public sealed partial class HtmlReportGoldenTests
{
    private static readonly byte[] Thumbnail = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void Given_the_sample_run_When_rendering_the_page_under_a_culture_Then_it_matches_its_golden_copy(string cultureName)
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-html-golden-").FullName;
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            new HtmlReportExporter(new Dictionary<int, byte[]> { [1] = Thumbnail, [5] = Thumbnail }).Export(SampleRun.Create(), folder);
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));

            // Charts drawn by ScottPlot depend on the machine's fonts: each must be a PNG, and is then compared by its place only.
            var images = DataUri().Matches(html);
            Assert.NotEmpty(images);
            Assert.All(images, image => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(image.Groups[1].Value)[..4]));
            var actual = DataUri().Replace(html, "data:image/png;base64,PNG");
            // SVG ids carry process-wide chart counters; they are compared by order of first appearance.
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            actual = ChartId().Replace(actual, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"chart-id-{ids.Count}");
            var update = Environment.GetEnvironmentVariable("CLASSICCV_WRITE_GOLDEN");
            if (!string.IsNullOrEmpty(update))
            {
                File.WriteAllText(Path.Combine(update, "index.html"), actual);
            }

            GoldenText.AssertMatches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Html", "Golden", "index.html")), actual, "index.html");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"chart\d+_[A-Za-z0-9_]+")]
    private static partial Regex ChartId();

    [GeneratedRegex("data:image/png;base64,([A-Za-z0-9+/=]+)")]
    private static partial Regex DataUri();
}
