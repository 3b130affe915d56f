using ClassicCv.Datasets;
using ClassicCv.Datasets.Readers;
using ClassicCv.Errors;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets.Readers;

public sealed class GridSheetReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public GridSheetReaderTests()
    {
        File.WriteAllBytes(_temp.File("sheet.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);
    }

    public void Dispose() => _temp.Dispose();

    private void Descriptor(string json) => File.WriteAllText(_temp.File("dataset.json"), json);

    [Fact]
    public void Given_a_descriptor_When_reading_Then_cells_are_labelled_by_row_blocks()
    {
        Descriptor("""{"format":"grid-sheet","image":"sheet.png","cellWidth":2,"cellHeight":3,"columns":4,"rows":6,"rowsPerClass":2,"classes":["x","y","z"]}""");

        var dataset = new GridSheetReader().Read(_temp.Path);

        Assert.Equal(24, dataset.Items.Count);
        var cell = Assert.IsType<GridCellLocation>(dataset.Items[9].Location);
        Assert.Equal((2, 1, 2, 3), (cell.Row, cell.Column, cell.CellWidth, cell.CellHeight));
        Assert.Equal(1, dataset.Items[9].Label);
        Assert.Equal(2, dataset.Items[23].Label);
    }

    [Fact]
    public void Given_rows_that_do_not_match_the_classes_When_reading_Then_the_error_shows_the_arithmetic()
    {
        Descriptor("""{"format":"grid-sheet","image":"sheet.png","cellWidth":2,"cellHeight":2,"columns":4,"rows":5,"rowsPerClass":2,"classes":["x","y"]}""");

        var error = Assert.Throws<UserInputException>(() => new GridSheetReader().Read(_temp.Path));

        Assert.Contains("2 classes × rowsPerClass 2 = 4 rows, but rows is 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_zero_cell_width_When_reading_Then_the_error_names_the_field()
    {
        Descriptor("""{"format":"grid-sheet","image":"sheet.png","cellWidth":0,"cellHeight":2,"columns":4,"rows":2,"rowsPerClass":1,"classes":["x","y"]}""");

        var error = Assert.Throws<UserInputException>(() => new GridSheetReader().Read(_temp.Path));

        Assert.Contains("cellWidth is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_sheet_image_When_reading_Then_the_error_names_it()
    {
        Descriptor("""{"format":"grid-sheet","image":"other.png","cellWidth":2,"cellHeight":2,"columns":2,"rows":2,"rowsPerClass":1,"classes":["x","y"]}""");

        var error = Assert.Throws<UserInputException>(() => new GridSheetReader().Read(_temp.Path));

        Assert.Contains("other.png", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
