using System.Text.RegularExpressions;
using ClassicCv.Reports.Html;

namespace ClassicCv.Reports.Tests.Html;

public sealed class HtmlReportExporterTests
{
    [Fact]
    public void Given_class_names_with_markup_When_rendering_Then_they_appear_only_escaped_and_non_ascii_names_are_kept()
    {
        var html = Render(new Dictionary<int, byte[]>());

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"><img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("猫", html, StringComparison.Ordinal);
        Assert.Contains("Ötzi, the &quot;iceman&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;broken&lt;/b&gt;.png", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Given_a_run_When_rendering_Then_the_page_references_nothing_on_the_network()
    {
        var html = Render(new Dictionary<int, byte[]>());

        var urls = Regex.Matches(html, @"(?:https?:)?//[a-z0-9.\-]+", RegexOptions.IgnoreCase).Select(m => m.Value).Distinct().ToArray();
        Assert.All(urls, url => Assert.Equal("http://www.w3.org", url));
        Assert.Contains("default-src &#39;none&#39;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Given_thumbnails_When_rendering_Then_misclassified_images_are_inlined_as_png_data_uris()
    {
        var thumbnails = new Dictionary<int, byte[]> { [1] = [0x89, 0x50, 0x4E, 0x47], [5] = [0x89, 0x50, 0x4E, 0x47] };

        var html = Render(thumbnails);

        Assert.Equal(2, Regex.Matches(html, "src=\"data:image/png;base64,iVBORw==\"").Count);
        Assert.Contains("id=\"leaderboard\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<table class=\"heatmap\"").Count);
        Assert.True(Regex.Matches(html, "<svg ").Count >= 3);
    }

    [Fact]
    public void Given_a_run_with_100_classes_When_rendering_Then_the_heatmap_switches_to_dense_cells()
    {
        var names = Enumerable.Range(0, 100).Select(i => $"class number {i} with a rather long name").ToArray();
        var truth = Enumerable.Range(0, 400).Select(i => i % 100).ToArray();
        var confusion = new ClassicCv.Evaluation.ConfusionMatrix(truth, truth.Select(t => (t * 7) % 100).ToArray(), 100);

        var table = HtmlHeatmap.Render(confusion, names);

        Assert.StartsWith("<table class=\"heatmap dense\">", table, StringComparison.Ordinal);
        Assert.Equal(100 * 100, Regex.Matches(table, "<td ").Count);
    }

    [Fact]
    public void Given_a_run_with_100_long_class_names_When_rendering_Then_every_class_is_in_the_heatmap_and_the_f1_chart()
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-html-many-").FullName;
        new HtmlReportExporter(new Dictionary<int, byte[]>()).Export(SampleRun.Many(100), folder);
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));

        Assert.Equal(2, Regex.Matches(html, "<table class=\"heatmap dense\">").Count);
        Assert.Equal(2 * 100, Regex.Matches(html, "<th class=\"row\" title=\"class ").Count);
        Assert.Contains("class 099 — a rather long", html, StringComparison.Ordinal);
        File.Copy(Path.Combine(folder, "index.html"), Path.Combine(AppContext.BaseDirectory, "many-classes.html"), overwrite: true);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Given_the_german_culture_When_rendering_Then_numbers_use_the_invariant_decimal_point()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            var html = Render(new Dictionary<int, byte[]>());

            Assert.Contains(">0.8000<", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0,8000", html, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    internal static string Render(IReadOnlyDictionary<int, byte[]> thumbnails, string? folder = null)
    {
        var temporary = folder is null;
        folder ??= Directory.CreateTempSubdirectory("classiccv-html-").FullName;
        new HtmlReportExporter(thumbnails).Export(SampleRun.Create(), folder);
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        if (temporary)
        {
            Directory.Delete(folder, recursive: true);
        }

        return html;
    }
}
