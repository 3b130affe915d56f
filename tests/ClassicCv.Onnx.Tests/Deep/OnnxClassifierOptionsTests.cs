using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class OnnxClassifierOptionsTests
{
    [Fact]
    public void Given_a_json_file_beside_the_model_When_resolving_Then_its_settings_are_used()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": [28, 14], "channels": 1, "channelOrder": "bgr", "scale": 0.5, "mean": [0.25], "std": 2, "labels": ["b", "a"], "batchSize": 8}""");

        var options = OnnxClassifierOptions.Resolve(ComponentSpec.Parse($"onnx:{model}", "deep model"));

        Assert.Equal(new NetInput(28, 14, 1, ChannelOrder.Bgr, 0.5f, [0.25f], [2f]).Describe(), options.Input.Describe());
        Assert.Equal(["b", "a"], options.Labels);
        Assert.Equal(8, options.BatchSize);
        Assert.Equal(folder.File("Model.json"), options.SidecarPath);
    }

    [Fact]
    public void Given_inline_options_and_a_json_file_When_resolving_Then_inline_options_win()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": 28, "channels": 1}""");

        var options = OnnxClassifierOptions.Resolve(ComponentSpec.Parse($"onnx:{model}[size=32x16,channels=3,mean=0.1;0.2;0.3,labels=x;y]", "deep model"));

        Assert.Equal((32, 16, 3), (options.Input.Width, options.Input.Height, options.Input.Channels));
        Assert.Equal([0.1f, 0.2f, 0.3f], options.Input.Mean);
        Assert.Equal([1f, 1f, 1f], options.Input.Std);
        Assert.Equal(1 / 255f, options.Input.Scale, 1e-9f);
        Assert.Equal(ChannelOrder.Rgb, options.Input.Order);
        Assert.Equal(["x", "y"], options.Labels);
    }

    [Fact]
    public void Given_a_path_with_capitals_When_resolving_Then_the_path_is_kept_as_written()
    {
        using var folder = new TempFolder();
        var model = Model(folder);

        var options = OnnxClassifierOptions.Resolve(ComponentSpec.Parse($"onnx:{model}[size=4]", "deep model"));

        Assert.Equal(model, options.ModelPath);
    }

    [Theory]
    [InlineData("", "input size of the ONNX model")]
    [InlineData("[size=4,order=rgba]", "expected rgb or bgr")]
    [InlineData("[size=4,channels=2]", "expected 1 (grayscale) or 3 (colour)")]
    [InlineData("[size=4,mean=1;2]", "expected one number or 3 separated by ';'")]
    [InlineData("[size=4,std=0]", "positive std values")]
    [InlineData("[size=0]", "each from 1 to 4096")]
    [InlineData("[size=4,shape=4]", "shape")]
    public void Given_bad_options_When_resolving_Then_the_error_says_what_was_expected(string suffix, string expected)
    {
        using var folder = new TempFolder();
        var model = Model(folder);

        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Resolve(ComponentSpec.Parse($"onnx:{model}{suffix}", "deep model")));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_model_When_resolving_Then_the_error_names_the_path()
    {
        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Resolve(ComponentSpec.Parse("onnx:/nowhere/m.onnx[size=4]", "deep model")));

        Assert.Contains("'/nowhere/m.onnx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_json_file_that_is_not_json_When_resolving_Then_the_error_names_the_file()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), "{ size: ");

        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Resolve(ComponentSpec.Parse($"onnx:{model}", "deep model")));

        Assert.Contains("Model.json' is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    private static string Model(TempFolder folder) =>
        TinyOnnxModels.WriteLinear(folder.File("Model.onnx"), 1, 1, 2, new float[,] { { 1, 0 }, { 0, 1 } }, [0, 0]);
}
