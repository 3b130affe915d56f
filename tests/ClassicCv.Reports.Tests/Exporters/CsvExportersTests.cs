using System.Globalization;
using ClassicCv.Evaluation;
using ClassicCv.Experiments;
using ClassicCv.Reports.Exporters;
using ClassicCv.TestSupport;

namespace ClassicCv.Reports.Tests.Exporters;

public sealed class CsvExportersTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    internal static RunSummary Summary(string className = "b") => new()
    {
        RunId = "20260101-000000",
        StartedUtc = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        DurationSeconds = 1.5,
        CommandLine = "classiccv run",
        Seed = 42,
        Dataset = new DatasetSummary("tiny", "/data/tiny", "image-folder", "abc", ["a", className], 6),
        SplitDescription = "stratified",
        TrainCount = 2,
        TestCount = 4,
        Pipelines =
        [
            new PipelineResult
            {
                Features = "hog[cell=4,block=2]",
                Classifier = "linear-svm",
                Settings = new Dictionary<string, string> { ["C"] = "0.01" },
                TrainCount = 2,
                TestCount = 4,
                FeatureLength = 36,
                Metrics = ClassificationMetrics.Compute([0, 0, 1, 1], [0, 1, 1, 1], ["a", className]),
                ExtractSeconds = 0.25,
                FeaturesFromCache = false,
                TrainSeconds = 1.125,
                PredictSeconds = 0.0625,
            },
        ],
        Skipped = [new ClassicCv.Datasets.SkippedImage("/data/tiny/a/bad.png", "could not be decoded")],
        Warnings = [],
        Versions = new Dictionary<string, string> { ["classiccv"] = "1.0.0" },
    };

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void Given_any_culture_When_exporting_metrics_Then_the_csv_uses_invariant_numbers_in_the_documented_order(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            new MetricsCsvExporter().Export(Summary(), _temp.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        var lines = File.ReadAllLines(Path.Combine(_temp.Path, "metrics.csv"));
        Assert.Equal(
            "dataset,features,classifier,seed,n_train,n_test,accuracy,macro_precision,macro_recall,macro_f1,weighted_f1,extract_seconds,train_seconds,predict_seconds",
            string.Join(',', lines[0].Split(',').Take(14)));
        var cells = lines[1].Split(',');
        Assert.Equal("\"hog[cell=4", cells[1]);
        Assert.Equal("0.75", cells[7]);
        Assert.Equal(0.733333, double.Parse(cells[10], CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal("1.125", cells[13]);
    }

    [Fact]
    public void Given_a_class_name_with_quotes_and_commas_When_exporting_confusion_Then_the_csv_quotes_it()
    {
        new ConfusionCsvExporter().Export(Summary("b, \"quoted\""), _temp.Path);

        var text = File.ReadAllText(Path.Combine(_temp.Path, "confusion", "hog_cell=4_block=2_-linear-svm.csv"));
        Assert.Equal("true\\predicted,a,\"b, \"\"quoted\"\"\"\na,1,1\n\"b, \"\"quoted\"\"\",0,2\n", text);
    }

    [Fact]
    public void Given_a_class_name_starting_with_equals_When_exporting_per_class_Then_spreadsheet_injection_is_escaped()
    {
        new PerClassCsvExporter().Export(Summary("=cmd()"), _temp.Path);

        var text = File.ReadAllText(Path.Combine(_temp.Path, "per_class.csv"));
        Assert.DoesNotContain(",=cmd()", text, StringComparison.Ordinal);
        Assert.Contains("cmd()", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_run_When_exporting_json_Then_seed_fingerprint_classes_and_skipped_images_are_recorded()
    {
        new RunJsonExporter().Export(Summary(), _temp.Path);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Path, "run.json")));
        var root = json.RootElement;
        Assert.Equal(42, root.GetProperty("seed").GetInt32());
        Assert.Equal("abc", root.GetProperty("dataset").GetProperty("fingerprint").GetString());
        Assert.Equal("b", root.GetProperty("dataset").GetProperty("class_names")[1].GetString());
        Assert.Equal("could not be decoded", root.GetProperty("skipped_images")[0].GetProperty("reason").GetString());
        Assert.Equal(0.25, root.GetProperty("pipelines")[0].GetProperty("timings").GetProperty("extract_seconds").GetDouble());
    }

    [Fact]
    public void Given_an_exporter_that_fails_When_exporting_all_Then_the_others_are_still_written()
    {
        var blocked = Path.Combine(_temp.Path, "confusion");
        File.WriteAllText(blocked, "a file where a folder should be");

        var result = CompositeExporter.Default().Export(Summary(), _temp.Path);

        Assert.Contains("metrics.csv", result.Written);
        Assert.Contains("run.json", result.Written);
        Assert.StartsWith("confusion-csv:", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_pipeline_name_with_path_characters_When_making_a_file_name_Then_it_is_safe()
    {
        Assert.Equal("hog-linear-svm", PipelineFileName.Of("hog/linear-svm"));
        Assert.Equal("hog_cell=4_-linear-svm", PipelineFileName.Of("hog[cell=4]/linear-svm"));
        Assert.Equal("_.-x", PipelineFileName.Of("../x"));
    }
}
