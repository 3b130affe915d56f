using ClassicCv.Datasets;
using ClassicCv.Errors;
using ClassicCv.TestSupport;

namespace ClassicCv.Core.Tests.Datasets;

public sealed class DatasetResolverTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_missing_path_When_resolving_Then_the_error_names_it_and_the_accepted_layouts()
    {
        var missing = Path.Combine(_temp.Path, "nowhere");

        var error = Assert.Throws<UserInputException>(() => new DatasetResolver(_temp.Path).Resolve(missing));

        Assert.Contains($"'{missing}' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_built_in_name_When_resolving_Then_the_folder_beside_the_program_is_read()
    {
        var builtIns = _temp.Folder("datasets");
        IdxFiles.WriteDataset(Path.Combine(builtIns, "tiny"), 4, 2, 2, 2, gzip: false);

        var dataset = new DatasetResolver(builtIns).Resolve("tiny");

        Assert.Equal("idx", dataset.Format);
        Assert.Equal(["tiny"], new DatasetResolver(builtIns).BuiltInNames);
    }

    [Fact]
    public void Given_an_unsupported_file_When_resolving_Then_the_error_lists_what_is_read()
    {
        var file = _temp.File("data.xlsx");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<UserInputException>(() => new DatasetResolver(_temp.Path).Resolve(file));

        Assert.Contains(".csv/.tsv manifest", error.Message, StringComparison.Ordinal);
    }
}
