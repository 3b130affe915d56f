using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets.Readers;

public sealed class ImageFolderReaderTests : IDisposable
{
    private static readonly byte[] PngHead = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Image(string relative) => File.WriteAllBytes(_temp.File(relative), PngHead);

    [Fact]
    public void Given_class_folders_When_reading_Then_classes_are_sorted_ordinally_and_items_labelled()
    {
        foreach (var name in new[] { "b/1.png", "b/2.png", "B/1.png", "B/2.png", "a/x.png", "a/y.png" })
        {
            Image(name);
        }

        var dataset = new ImageFolderReader().Read(_temp.Path);

        Assert.Equal(["B", "a", "b"], dataset.ClassNames);
        Assert.Equal(6, dataset.Items.Count);
        Assert.Equal("B/1.png", dataset.Items[0].Id);
        Assert.All(dataset.Items, item => Assert.Equal(dataset.ClassNames[item.Label], item.Id.Split('/')[0]));
        Assert.False(dataset.HasPredefinedSplit);
    }

    [Fact]
    public void Given_train_and_test_folders_When_reading_Then_the_predefined_split_is_used()
    {
        foreach (var name in new[] { "train/cat/1.png", "train/cat/2.png", "train/dog/1.png", "test/cat/3.png", "test/dog/2.png", "test/dog/3.png" })
        {
            Image(name);
        }

        var dataset = new ImageFolderReader().Read(_temp.Path);

        Assert.True(dataset.HasPredefinedSplit);
        Assert.Equal(["cat", "dog"], dataset.ClassNames);
        Assert.Equal(3, dataset.Items.Count(i => i.PredefinedSplit == SplitRole.Train));
        Assert.Equal(3, dataset.Items.Count(i => i.PredefinedSplit == SplitRole.Test));
    }

    [Fact]
    public void Given_a_text_file_among_images_When_reading_Then_it_is_skipped_and_listed_and_hidden_files_are_ignored()
    {
        Image("a/1.png");
        Image("a/2.png");
        Image("b/1.png");
        Image("b/2.png");
        File.WriteAllText(_temp.File("b/notes.txt"), "not an image");
        File.WriteAllText(_temp.File("b/.DS_Store"), "hidden");

        var dataset = new ImageFolderReader().Read(_temp.Path);

        Assert.Equal(4, dataset.Items.Count);
        var skipped = Assert.Single(dataset.Skipped);
        Assert.EndsWith("notes.txt", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("not an image", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_folder_When_reading_Then_the_error_names_it()
    {
        var error = Assert.Throws<UserInputException>(() => new ImageFolderReader().Read(_temp.Path));
        Assert.Contains(_temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_images_but_no_class_subfolders_When_reading_Then_the_error_says_what_layout_is_expected()
    {
        Image("1.png");

        var error = Assert.Throws<UserInputException>(() => new ImageFolderReader().Read(_temp.Path));

        Assert.Contains("no class subfolders", error.Message, StringComparison.Ordinal);
        Assert.Contains("<class>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_class_with_one_image_When_reading_Then_the_error_names_the_class_and_the_minimum()
    {
        Image("a/1.png");
        Image("a/2.png");
        Image("lonely/1.png");

        var error = Assert.Throws<UserInputException>(() => new ImageFolderReader().Read(_temp.Path));

        Assert.Contains("'lonely' (1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_same_files_When_read_twice_Then_the_fingerprint_is_stable_and_changes_with_content()
    {
        Image("a/1.png");
        Image("a/2.png");
        Image("b/1.png");
        Image("b/2.png");
        var first = new ImageFolderReader().Read(_temp.Path).Fingerprint;
        var second = new ImageFolderReader().Read(_temp.Path).Fingerprint;
        File.AppendAllText(_temp.File("b/2.png"), "changed");
        var third = new ImageFolderReader().Read(_temp.Path).Fingerprint;

        Assert.Equal(first, second);
        Assert.NotEqual(first, third);
    }
}
