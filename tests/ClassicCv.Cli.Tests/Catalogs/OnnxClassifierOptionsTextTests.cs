using ClassicCv.Catalogs;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.TestSupport;

namespace ClassicCv.Cli.Tests.Catalogs;

/// <summary><c>onnx:PATH[key=value,...]</c>: the inline values win over the model's JSON file; only the path is checked, the network is not read.</summary>
public sealed class OnnxClassifierOptionsTextTests
{
    [Fact]
    public void Given_only_a_size_When_parsing_Then_every_other_option_is_the_default()
    {
        using var folder = new TempFolder();
        var model = Model(folder);

        var options = Parse($"onnx:{model}[size=4]");

        var expected = new OnnxClassifierOptions(model, new NetInput(4, 4, 3, ChannelOrder.Rgb, 1 / 255f, [0f, 0f, 0f], [1f, 1f, 1f]), null, 32, null);
        Assert.Equal((expected.ModelPath, expected.Input.Describe(), expected.Labels, expected.BatchSize, expected.SidecarPath, expected.Temperature),
            (options.ModelPath, options.Input.Describe(), options.Labels, options.BatchSize, options.SidecarPath, options.Temperature));
    }

    [Fact]
    public void Given_inline_options_and_a_json_file_When_parsing_Then_inline_options_win()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": 28, "channels": 1}""");

        var options = Parse($"onnx:{model}[size=32x16,channels=3,mean=0.1;0.2;0.3,labels=x;y]");

        Assert.Equal((32, 16, 3), (options.Input.Width, options.Input.Height, options.Input.Channels));
        Assert.Equal([0.1f, 0.2f, 0.3f], options.Input.Mean);
        Assert.Equal([1f, 1f, 1f], options.Input.Std);
        Assert.Equal(1 / 255f, options.Input.Scale, 1e-9f);
        Assert.Equal(ChannelOrder.Rgb, options.Input.Order);
        Assert.Equal(["x", "y"], options.Labels);
    }

    [Fact]
    public void Given_a_path_with_capitals_When_parsing_Then_the_path_is_kept_as_written()
    {
        using var folder = new TempFolder();
        var model = Model(folder);

        Assert.Equal(model, Parse($"onnx:{model}[size=4]").ModelPath);
    }

    [Theory]
    [InlineData("", "input size of the ONNX model")]
    [InlineData("[size=4,order=rgba]", "expected rgb or bgr")]
    [InlineData("[size=4,channels=2]", "expected 1 (grayscale) or 3 (colour)")]
    [InlineData("[size=4,mean=1;2]", "expected one number or 3 separated by ';'")]
    [InlineData("[size=4,std=0]", "positive std values")]
    [InlineData("[size=0]", "each from 1 to 4096")]
    [InlineData("[size=4,shape=4]", "unknown parameter 'shape'; valid parameters: size, channels, order, scale, mean, std, labels, batch, temperature.")]
    public void Given_bad_options_When_parsing_Then_the_error_names_the_entry_and_says_what_was_expected(string suffix, string expected)
    {
        using var folder = new TempFolder();
        var text = $"onnx:{Model(folder)}{suffix}";

        var error = Assert.Throws<UserInputException>(() => Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_model_When_parsing_Then_the_error_names_the_path()
    {
        var error = Assert.Throws<UserInputException>(() => Parse("onnx:/nowhere/m.onnx[size=4]"));

        Assert.Equal("The ONNX model '/nowhere/m.onnx' of 'onnx:/nowhere/m.onnx[size=4]' does not exist; expected onnx:PATH to an .onnx file.", error.Message);
    }

    private static OnnxClassifierOptions Parse(string text) => OnnxClassifierOptionsText.Parse(ComponentSpec.Parse(text, "deep model"));

    // The reader checks only that the file exists; the network is read when training.
    private static string Model(TempFolder folder)
    {
        var path = folder.File("Model.onnx");
        File.WriteAllText(path, "not read by the options");
        return path;
    }
}
