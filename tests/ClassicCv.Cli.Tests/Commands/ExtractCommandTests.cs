using OpenCvSharp;
using Parquet;

namespace ClassicCv.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("classiccv-extract-").FullName;

    public ExtractCommandTests()
    {
        var random = new Random(3);
        foreach (var name in new[] { "cats", "dogs" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, "data", name));
            for (var i = 0; i < 5; i++)
            {
                var bytes = new byte[16 * 16 * 3];
                random.NextBytes(bytes);
                using var image = Mat.FromPixelData(16, 16, MatType.CV_8UC3, bytes);
                Cv2.ImWrite(Path.Combine(_folder, "data", name, $"{i}.png"), image);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var run = CliRun.Of(args);
        return (run.ExitCode, run.Output + run.Error);
    }

    [Fact]
    public async Task Given_a_dataset_When_extracting_Then_the_parquet_file_has_one_row_per_image_with_its_vector_and_settings()
    {
        var output = Path.Combine(_folder, "features.parquet");

        var (code, text) = Run("extract", "--dataset", Path.Combine(_folder, "data"), "--features", "hog[cell=4]+color-hist[bins=2]", "--out", output, "--no-cache", "--test-fraction", "0.4");

        Assert.True(code == 0, text);
        Assert.Contains("images/s", text, StringComparison.Ordinal);
        await using var reader = await ParquetReader.CreateAsync(output);
        Assert.Equal(["id", "path", "split", "label", "class", "element"], reader.Schema.GetDataFields().Select(field => field.Name));
        Assert.StartsWith("hog:size=16x16", reader.CustomMetadata["classiccv.settings"], StringComparison.Ordinal);
        Assert.Contains("color-hist:size=16x16;space=hsv;bins=2", reader.CustomMetadata["classiccv.settings"], StringComparison.Ordinal);
        var length = int.Parse(reader.CustomMetadata["classiccv.feature_length"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(324 + 8, length);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(10, group.RowCount);
        var fields = reader.Schema.GetDataFields();
        var splits = new string?[10];
        await group.ReadAsync(fields[2], splits.AsMemory());
        Assert.Equal(4, splits.Count(split => split == "test"));
        var values = new float[10 * length];
        var definitions = new int[10 * length];
        var repetitions = new int[10 * length];
        await group.ReadRawAsync<float>(fields[5], values.AsMemory(), definitions.AsMemory(), repetitions.AsMemory());
        Assert.Equal(10, repetitions.Count(level => level == 0));
        var histogramOfFirst = values.Skip(324).Take(8).Sum();
        Assert.Equal(1f, histogramOfFirst, 5);
    }

    [Fact]
    public void Given_two_pipelines_When_extracting_Then_it_is_a_user_error()
    {
        var (code, text) = Run("extract", "--dataset", Path.Combine(_folder, "data"), "--features", "hog,lbp", "--out", Path.Combine(_folder, "f.parquet"), "--no-cache");

        Assert.Equal(2, code);
        Assert.Contains("names 2 pipelines", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_output_folder_When_extracting_Then_it_is_a_user_error()
    {
        var (code, text) = Run("extract", "--dataset", Path.Combine(_folder, "data"), "--out", Path.Combine(_folder, "missing", "f.parquet"), "--no-cache");

        Assert.Equal(2, code);
        Assert.Contains("does not exist", text, StringComparison.Ordinal);
    }
}
