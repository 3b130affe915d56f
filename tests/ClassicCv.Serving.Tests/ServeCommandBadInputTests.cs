namespace ClassicCv.Serving.Tests;

[Collection(SavedModelsCollection.Name)]
public sealed class ServeCommandBadInputTests(SavedModels models)
{
    [Theory]
    [InlineData("--port", "70000", "--port 70000 is out of range")]
    [InlineData("--host", "example", "--host example is not an IP address")]
    [InlineData("--request-timeout", "0", "--request-timeout 0 is out of range")]
    [InlineData("--batch-window", "-1", "--batch-window -1 is out of range")]
    [InlineData("--max-batch", "0", "--max-batch 0 is out of range")]
    public void Given_an_option_out_of_range_When_serving_Then_one_line_names_it_and_the_exit_code_is_2(string option, string value, string message)
    {
        var (exit, output) = SavedModels.Cli("serve", "--model", models.Hog, option, value);

        Assert.Equal(2, exit);
        Assert.Contains($"classiccv: error: {message}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_folder_or_one_that_holds_no_model_When_serving_Then_one_line_names_it_and_the_exit_code_is_2()
    {
        using var empty = new TestSupport.TempFolder();

        var (missingExit, missing) = SavedModels.Cli("serve", "--model", Path.Combine(empty.Path, "nope"), "--port", "0");
        var (emptyExit, notAModel) = SavedModels.Cli("serve", "--model", empty.Path, "--port", "0", "--workers", "1");

        Assert.True(missingExit == 2, missing);
        Assert.Contains("does not exist", missing, StringComparison.Ordinal);
        Assert.True(emptyExit == 2, notAModel);
        Assert.Contains($"classiccv: error: '{empty.Path}' has no pipeline.json", notAModel, StringComparison.Ordinal);
    }
}
