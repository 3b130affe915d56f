using System.Globalization;
using ClassicCv.Reports.Exporters;

namespace ClassicCv.Reports.Tests.Exporters;

public sealed class ExporterGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "", "de-DE" })
        {
            foreach (var exporter in Exporters().Keys)
            {
                data.Add(exporter, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_the_sample_run_When_exporting_under_a_culture_Then_every_file_matches_its_golden_copy(string exporterName, string cultureName)
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-golden-").FullName;
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            var written = Exporters()[exporterName].Export(SampleRun.Create(), folder);

            Assert.NotEmpty(written);
            foreach (var relative in written)
            {
                var actual = File.ReadAllText(Path.Combine(folder, relative));
                var goldenPath = Path.Combine(AppContext.BaseDirectory, "Exporters", "Golden", relative);
                var update = Environment.GetEnvironmentVariable("CLASSICCV_WRITE_GOLDEN");
                if (!string.IsNullOrEmpty(update))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(update, relative))!);
                    File.WriteAllText(Path.Combine(update, relative), actual);
                }

                GoldenText.AssertMatches(File.ReadAllText(goldenPath), actual, relative);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, IReportExporter> Exporters() => new()
    {
        ["metrics-csv"] = new MetricsCsvExporter(),
        ["per-class-csv"] = new PerClassCsvExporter(),
        ["confusion-csv"] = new ConfusionCsvExporter(),
        ["run-json"] = new RunJsonExporter(),
        ["predictions-csv"] = new PredictionsCsvExporter(),
        ["pairwise-tests-csv"] = new PairwiseTestsCsvExporter(),
        ["calibration-csv"] = new CalibrationCsvExporter(),
        ["scores-csv"] = new ScoresCsvExporter(),
    };
}
