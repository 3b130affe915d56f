using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets.Readers;

public sealed class ManifestReaderTests : IDisposable
{
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0];
    private readonly TempFolder _temp = new();

    public ManifestReaderTests()
    {
        foreach (var name in new[] { "img/a1.jpg", "img/a2.jpg", "img/b1.jpg", "img/b2.jpg" })
        {
            File.WriteAllBytes(_temp.File(name), JpegHead);
        }
    }

    public void Dispose() => _temp.Dispose();

    private string Manifest(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Given_a_csv_with_relative_paths_When_reading_Then_they_resolve_against_its_folder()
    {
        var path = Manifest("list.csv", "path,label\nimg/a1.jpg,apple\nimg/a2.jpg,apple\nimg/b1.jpg,\"banana, ripe\"\nimg/b2.jpg,\"banana, ripe\"\n");

        var dataset = new ManifestReader().Read(path);

        Assert.Equal(["apple", "banana, ripe"], dataset.ClassNames);
        Assert.Equal(Path.Combine(_temp.Path, "img", "b1.jpg"), Assert.IsType<FileImageLocation>(dataset.Items[2].Location).Path);
        Assert.False(dataset.HasPredefinedSplit);
    }

    [Fact]
    public void Given_a_tsv_with_a_split_column_When_reading_Then_the_split_is_predefined()
    {
        var path = Manifest("list.tsv", "label\tpath\tsplit\na\timg/a1.jpg\ttrain\na\timg/a2.jpg\tTEST\nb\timg/b1.jpg\ttrain\nb\timg/b2.jpg\ttest\n");

        var dataset = new ManifestReader().Read(path);

        Assert.True(dataset.HasPredefinedSplit);
        Assert.Equal([SplitRole.Train, SplitRole.Test, SplitRole.Train, SplitRole.Test], dataset.Items.Select(i => i.PredefinedSplit!.Value));
    }

    [Fact]
    public void Given_a_missing_listed_file_When_reading_Then_it_is_skipped_and_listed()
    {
        var path = Manifest("list.csv", "path,label\nimg/a1.jpg,a\nimg/a2.jpg,a\nimg/gone.jpg,a\nimg/b1.jpg,b\nimg/b2.jpg,b\n");

        var dataset = new ManifestReader().Read(path);

        Assert.Equal(4, dataset.Items.Count);
        var skipped = Assert.Single(dataset.Skipped);
        Assert.EndsWith("gone.jpg", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("does not exist", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_listed_path_that_is_a_folder_When_reading_Then_it_is_skipped_as_a_folder()
    {
        var path = Manifest("list.csv", "path,label\nimg/a1.jpg,a\nimg/a2.jpg,a\nimg,a\nimg/b1.jpg,b\nimg/b2.jpg,b\n");

        var dataset = new ManifestReader().Read(path);

        Assert.Equal(4, dataset.Items.Count);
        var skipped = Assert.Single(dataset.Skipped);
        Assert.EndsWith("img", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("is a folder; expected an image file", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_label_column_When_reading_Then_the_error_lists_the_columns_found()
    {
        var path = Manifest("list.csv", "path,class\nimg/a1.jpg,a\n");

        var error = Assert.Throws<UserInputException>(() => new ManifestReader().Read(path));

        Assert.Contains("[path, class]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'label'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_split_value_When_reading_Then_the_error_names_the_line_and_value()
    {
        var path = Manifest("list.csv", "path,label,split\nimg/a1.jpg,a,train\nimg/a2.jpg,a,validation\n");

        var error = Assert.Throws<UserInputException>(() => new ManifestReader().Read(path));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'validation'", error.Message, StringComparison.Ordinal);
    }
}
