using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Commands;

/// <summary><c>compare</c> validates every value it reads from <c>metrics.csv</c>: a mangled one is exit 2 naming file, row, column and value.</summary>
public sealed class CompareCommandHostileInputTests : IDisposable
{
    private const string Header = "dataset,features,classifier,seed,n_train,n_test,accuracy,macro_f1,balanced_accuracy,cohen_kappa,accuracy_ci_low,accuracy_ci_high,extract_ms_per_image,train_seconds,predict_images_per_second";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string RunFolder(string name, params string[] rows)
    {
        var folder = _temp.Folder(name);
        File.WriteAllText(Path.Combine(folder, "run.json"),
            "{\"run_id\":\"" + name + "\",\"dataset\":{\"name\":\"d\",\"fingerprint\":\"f\"},\"split\":{\"description\":\"s\"}}");
        File.WriteAllText(Path.Combine(folder, "metrics.csv"), Header + "\n" + string.Join('\n', rows) + "\n");
        return folder;
    }

    private const string Good = "d,hog,knn,42,10,4,0.75,0.7,0.75,0.5,0.5,1,0.1,0.2,1000";

    [Theory]
    [InlineData("d,hog,knn,42,10,4,7.5,0.7,0.75,0.5,0.5,1,0.1,0.2,1000", "column 'accuracy': the value is '7.5'")]
    [InlineData("d,hog,knn,42,10,4,NaN,0.7,0.75,0.5,0.5,1,0.1,0.2,1000", "column 'accuracy': the value is 'NaN'")]
    [InlineData("d,hog,knn,42,10,4,0.75,abc,0.75,0.5,0.5,1,0.1,0.2,1000", "column 'macro_f1': the value is 'abc'")]
    [InlineData("d,hog,knn,42,10,4,\"0,75\",0.7,0.75,0.5,0.5,1,0.1,0.2,1000", "column 'accuracy': the value is '0,75'")]
    [InlineData("d,hog,knn,42,10,4,0.75", "row 2 has 7 values but the header has 15 columns")]
    [InlineData("d,hog,knn,42,-3,4,0.75,0.7,0.75,0.5,0.5,1,0.1,0.2,1000", "column 'n_train': the value is '-3'")]
    public void Given_a_mangled_metrics_value_When_comparing_Then_file_row_column_and_value_are_named(string row, string expected)
    {
        var good = RunFolder("good", Good);
        var bad = RunFolder("bad", Good, row);

        var run = CliRun.Of("compare", good, bad, "--out", Path.Combine(_temp.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Path.Combine(bad, "metrics.csv"), line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("row 2", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")), "a comparison was written from a mangled file");
    }

    [Fact]
    public void Given_well_formed_folders_When_comparing_Then_it_succeeds() =>
        Assert.Equal(0, CliRun.Of("compare", RunFolder("one", Good), "--out", Path.Combine(_temp.Path, "out")).ExitCode);
}
