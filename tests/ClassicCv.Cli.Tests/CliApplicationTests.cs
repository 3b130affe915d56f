namespace ClassicCv.Cli.Tests;

public sealed class CliApplicationTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("extract")]
    [InlineData("compare")]
    [InlineData("predict")]
    public void Given_a_command_When_asking_for_help_Then_it_prints_its_options_and_exits_zero(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("OPTIONS:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Given_no_command_When_asking_for_help_Then_every_command_is_listed()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "run", "extract", "compare", "predict" }, command => Assert.Contains(command, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_version_option_When_running_Then_it_prints_classiccv_and_every_engine_version_and_exits_zero()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        var expected = typeof(CliApplication).Assembly.GetName().Version!.ToString(3);
        Assert.StartsWith(expected + " (", run.Output.Trim(), StringComparison.Ordinal);
        Assert.All(new[] { "OpenCV 4.", "ML.NET 5.", "TorchSharp 0.", "ONNX Runtime 1.", ".NET 10." }, part => Assert.Contains(part, run.Output, StringComparison.Ordinal));
    }
}
