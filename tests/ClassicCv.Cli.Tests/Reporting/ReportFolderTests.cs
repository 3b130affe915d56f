using ClassicCv.Reports.Exporters;
using ClassicCv.Runs;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Reporting;

/// <summary>A report folder appears complete or not at all, whatever fails while it is written (e.g. a full disk).</summary>
public sealed class ReportFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Root => Path.Combine(_temp.Path, "reports");

    [Fact]
    public void Given_a_file_that_cannot_be_written_When_completing_Then_nothing_is_left_and_the_message_says_what_and_where()
    {
        using var folder = ReportFolder.Create(Root, DateTimeOffset.UnixEpoch);
        var models = _temp.Folder(".models-x");
        File.WriteAllText(Path.Combine(models, "m.json"), "{}");

        var error = Assert.Throws<OutputNotWrittenException>(() => folder.Complete(working =>
        {
            File.WriteAllText(Path.Combine(working, "metrics.csv"), "a\n");
            File.WriteAllText(Path.Combine(working, "per_class.csv"), "b\n");
            return new ExportResult(["metrics.csv", "per_class.csv"], ["run-json: No space left on device : '/r/.run.json.tmp'"]);
        }, models));

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.FinalPath, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Root));
    }

    [Fact]
    public void Given_an_exporter_that_throws_an_io_error_When_completing_Then_the_partial_folder_is_removed() =>
        AssertNothingLeft(_ => throw new IOException("No space left on device"));

    [Fact]
    public void Given_every_file_written_When_completing_Then_the_report_and_its_models_are_in_place_and_no_lock_is_left()
    {
        using var folder = ReportFolder.Create(Root, DateTimeOffset.UnixEpoch);
        var models = Path.Combine(Root, ".models-y");
        Directory.CreateDirectory(models);
        File.WriteAllText(Path.Combine(models, "m.json"), "{}");

        folder.Complete(working =>
        {
            File.WriteAllText(Path.Combine(working, "metrics.csv"), "a\n");
            return new ExportResult(["metrics.csv"], []);
        }, models);

        Assert.True(File.Exists(Path.Combine(folder.FinalPath, "metrics.csv")));
        Assert.True(File.Exists(Path.Combine(folder.FinalPath, "models", "m.json")));
        Assert.Equal([folder.FinalPath], Directory.GetFileSystemEntries(Root));
    }

    private void AssertNothingLeft(Func<string, ExportResult> export)
    {
        using var folder = ReportFolder.Create(Root, DateTimeOffset.UnixEpoch);

        var error = Assert.Throws<OutputNotWrittenException>(() => folder.Complete(export, null));

        Assert.Contains("partial report folder was removed", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Root));
    }
}
