using ClassicCv.Reports.Exporters;

namespace ClassicCv.Reports.Tests.Exporters;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Given_formula_like_text_and_negative_numbers_When_writing_Then_only_the_text_is_defused()
    {
        var table = new ReportTable(["name", "kappa"], [["=HYPERLINK(\"x\")", "-0.25"], ["-cmd|' /C calc'!A0", "-1E-05"], ["@sum", "1"]]);

        var csv = CsvTableWriter.ToCsv(table);

        Assert.Equal("name,kappa\n\"'=HYPERLINK(\"\"x\"\")\",-0.25\n'-cmd|' /C calc'!A0,-1E-05\n'@sum,1\n", csv);
    }
}
