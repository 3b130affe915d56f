using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;

namespace ClassicCv.Reports.Tests.Exporters;

public sealed class CompositeExporterTests
{
    [Fact]
    public void Given_a_failing_exporter_among_others_When_exporting_Then_the_others_are_written_and_the_failure_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("classiccv-composite-").FullName;
        var composite = new CompositeExporter([new MetricsCsvExporter(), new FailingExporter(), new PairwiseTestsCsvExporter(), new PredictionsCsvExporter()]);

        var result = composite.Export(SampleRun.Create(), folder);

        Assert.Equal(["metrics.csv", "pairwise_tests.csv", "predictions.csv"], result.Written);
        Assert.Equal(["failing: disk full"], result.Failures);
        Assert.All(result.Written, file => Assert.True(File.Exists(Path.Combine(folder, file))));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }

    private sealed class FailingExporter : ExporterBase
    {
        public override string Name => "failing";

        protected override IEnumerable<(string RelativePath, string Content)> Render(RunSummary summary) => throw new IOException("disk full");
    }
}
