using ClassicCv.Reports.Html;

namespace ClassicCv.Reports.Tests.Html;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("a & b 'c'", "a &amp; b &#39;c&#39;")]
    [InlineData("猫 Ötzi chat", "猫 Ötzi chat")]
    [InlineData("bell\u0007", "bell")]
    public void Given_text_from_data_When_escaping_Then_markup_becomes_text_and_letters_stay(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }
}
