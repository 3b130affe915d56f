using ClassicCv.Reports.Html;

namespace ClassicCv.Reports.Tests.Html;

public sealed class ChartFontsTests
{
    [Fact]
    public void Given_latin_text_When_choosing_a_font_Then_the_default_is_kept()
    {
        Assert.Equal(ChartFonts.Default, ChartFonts.For("hog[cell=4]/linear-svm Ötzi <script>"));
    }

    [Fact]
    public void Given_cjk_text_When_choosing_a_font_Then_an_installed_font_with_the_glyphs_is_chosen()
    {
        // test.sh installs fonts-wqy-microhei, a CJK font.
        Assert.NotEqual(ChartFonts.Default, ChartFonts.For("猫 chat"));
    }
}
