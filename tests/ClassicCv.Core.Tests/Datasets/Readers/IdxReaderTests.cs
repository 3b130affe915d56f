using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets.Readers;

public sealed class IdxReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_train_and_t10k_files_When_reading_Then_items_carry_the_predefined_split(bool gzip)
    {
        IdxFiles.WriteDataset(_temp.Path, trainCount: 12, testCount: 6, classes: 3, size: 4, gzip);

        var dataset = new IdxReader().Read(_temp.Path);

        Assert.Equal(["0", "1", "2"], dataset.ClassNames);
        Assert.Equal(18, dataset.Items.Count);
        Assert.Equal(12, dataset.Items.Count(i => i.PredefinedSplit == SplitRole.Train));
        var location = Assert.IsType<IdxImageLocation>(dataset.Items[13].Location);
        Assert.Equal((1, 4, 4), (location.Index, location.Rows, location.Columns));
        Assert.Equal(1, dataset.Items[13].Label);
    }

    [Fact]
    public void Given_a_fashion_mnist_folder_When_reading_Then_the_class_names_are_known()
    {
        var folder = _temp.Folder("fashion-mnist");
        IdxFiles.WriteDataset(folder, trainCount: 20, testCount: 10, classes: 10, size: 2, gzip: true);

        var dataset = new IdxReader().Read(folder);

        Assert.Equal("T-shirt/top", dataset.ClassNames[0]);
        Assert.Equal("Ankle boot", dataset.ClassNames[9]);
    }

    [Fact]
    public void Given_a_wrong_magic_number_When_reading_Then_the_error_names_the_file_and_both_numbers()
    {
        IdxFiles.WriteDataset(_temp.Path, 4, 4, 2, 2, gzip: false);
        var images = Path.Combine(_temp.Path, "train-images-idx3-ubyte");
        IdxFiles.WriteImages(images, 4, 2, 2, magic: 0x00000801);

        var error = Assert.Throws<UserInputException>(() => new IdxReader().Read(_temp.Path));

        Assert.Contains(images, error.Message, StringComparison.Ordinal);
        Assert.Contains("0x00000801", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected 0x00000803", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_a_truncated_images_file_When_reading_Then_the_error_says_how_much_is_missing(bool gzip)
    {
        IdxFiles.WriteDataset(_temp.Path, 4, 4, 2, 3, gzip);
        var images = Path.Combine(_temp.Path, "t10k-images-idx3-ubyte" + (gzip ? ".gz" : ""));
        IdxFiles.WriteImages(images, 4, 3, 3, gzip, truncateTo: 16 + 20);

        var error = Assert.Throws<UserInputException>(() => new IdxReader().Read(_temp.Path));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("36 data bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("holds 20 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_cut_inside_its_header_When_reading_Then_the_error_says_so()
    {
        IdxFiles.WriteDataset(_temp.Path, 4, 4, 2, 3, gzip: false);
        IdxFiles.WriteImages(Path.Combine(_temp.Path, "train-images-idx3-ubyte"), 4, 3, 3, truncateTo: 6);

        var error = Assert.Throws<UserInputException>(() => new IdxReader().Read(_temp.Path));

        Assert.Contains("ends before dimension 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_fewer_labels_than_images_When_reading_Then_the_error_gives_both_counts()
    {
        IdxFiles.WriteDataset(_temp.Path, 4, 4, 2, 2, gzip: false);
        IdxFiles.WriteLabels(Path.Combine(_temp.Path, "train-labels-idx1-ubyte"), [0, 1, 0]);

        var error = Assert.Throws<UserInputException>(() => new IdxReader().Read(_temp.Path));

        Assert.Contains("hold 3 labels but images", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_t10k_files_When_reading_Then_the_error_asks_for_both_parts()
    {
        IdxFiles.WriteImages(Path.Combine(_temp.Path, "train-images-idx3-ubyte"), 2, 2, 2);
        IdxFiles.WriteLabels(Path.Combine(_temp.Path, "train-labels-idx1-ubyte"), [0, 1]);

        var error = Assert.Throws<UserInputException>(() => new IdxReader().Read(_temp.Path));

        Assert.Contains("t10k-images-idx3-ubyte", error.Message, StringComparison.Ordinal);
    }
}
