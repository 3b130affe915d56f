using ClassicCv.Errors;
using ClassicCv.Onnx.Deep;
using ClassicCv.TestSupport;

namespace ClassicCv.Onnx.Tests.Deep;

public sealed class OnnxClassifierOptionsTests
{
    [Fact]
    public void Given_a_json_file_beside_the_model_When_loading_Then_its_settings_are_used()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": [28, 14], "channels": 1, "channelOrder": "bgr", "scale": 0.5, "mean": [0.25], "std": 2, "labels": ["b", "a"], "batchSize": 8, "testTimeFlip": true}""");

        var options = OnnxClassifierOptions.Load(model);

        Assert.Equal(new NetInput(28, 14, 1, ChannelOrder.Bgr, 0.5f, [0.25f], [2f]).Describe(), options.Input.Describe());
        Assert.Equal(["b", "a"], options.Labels);
        Assert.Equal(8, options.BatchSize);
        Assert.Equal(folder.File("Model.json"), options.SidecarPath);
        Assert.True(options.TestTimeFlip);
    }

    [Fact]
    public void Given_test_time_flips_missing_or_not_a_boolean_in_the_json_file_When_loading_Then_they_are_off_or_the_error_names_the_file()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": 28}""");
        Assert.False(OnnxClassifierOptions.Load(model).TestTimeFlip);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": 28, "testTimeFlip": "yes"}""");

        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Load(model));

        Assert.Equal($"'{folder.File("Model.json")}' sets testTimeFlip to 'yes'; expected true or false.", error.Message);
    }

    [Fact]
    public void Given_a_bad_value_in_the_json_file_When_loading_Then_the_error_names_the_file()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), """{"inputSize": 28, "channels": 2}""");

        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Load(model));

        Assert.Equal($"'{folder.File("Model.json")}' sets channels=2; expected 1 (grayscale) or 3 (colour).", error.Message);
    }

    [Fact]
    public void Given_a_json_file_that_is_not_json_When_loading_Then_the_error_names_the_file()
    {
        using var folder = new TempFolder();
        var model = Model(folder);
        File.WriteAllText(folder.File("Model.json"), "{ size: ");

        var error = Assert.Throws<UserInputException>(() => OnnxClassifierOptions.Load(model));

        Assert.Contains("Model.json' is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_out_of_range_options_When_validating_Then_the_error_names_the_option()
    {
        using var folder = new TempFolder();
        var input = new NetInput(4, 4, 3, ChannelOrder.Rgb, 1 / 255f, [0f, 0f, 0f], [1f, 1f, 1f]);
        var options = new OnnxClassifierOptions(Model(folder), input, null, 32, null);

        var batch = Assert.Throws<ArgumentOutOfRangeException>(() => (options with { BatchSize = 0 }).Validate());
        var temperature = Assert.Throws<ArgumentOutOfRangeException>(() => (options with { Temperature = 0 }).Validate());

        options.Validate();
        Assert.StartsWith("OnnxClassifierOptions.BatchSize is 0; expected a whole number from 1 to 4096.", batch.Message, StringComparison.Ordinal);
        Assert.StartsWith("OnnxClassifierOptions.Temperature is 0; expected a finite number > 0.", temperature.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => (options with { ModelPath = folder.File("missing.onnx") }).Validate());
    }

    private static string Model(TempFolder folder) =>
        TinyOnnxModels.WriteLinear(folder.File("Model.onnx"), 1, 1, 2, new float[,] { { 1, 0 }, { 0, 1 } }, [0, 0]);
}
