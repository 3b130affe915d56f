using ClassicCv.Catalogs;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Imaging;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.TestTime;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class DeepCatalogTests
{
    [Fact]
    public void Given_an_empty_list_When_parsing_Then_there_is_no_deep_contender()
    {
        Assert.Empty(DeepCatalog.Parse("", new ImageStreamer(1), 1, "models"));
    }

    [Fact]
    public void Given_cnn_When_parsing_Then_it_builds_the_cnn_contender_with_its_options()
    {
        var contender = Assert.Single(DeepCatalog.Parse("cnn[width=8,epochs=2]", new ImageStreamer(1), 1, "models"));

        var cnn = Assert.IsType<CnnTrainer>(contender);
        Assert.Equal("8", cnn.Settings["width"]);
        Assert.Equal("2", cnn.Settings["max_epochs"]);
    }

    [Fact]
    public void Given_resnet18_finetune_with_tta_When_parsing_Then_it_builds_the_network_and_its_test_time_flip_row()
    {
        var contenders = DeepCatalog.Parse("resnet18-finetune[size=96,freeze=stage1,tta=true]", new ImageStreamer(1), 1, "models");

        Assert.Equal(["resnet18-finetune", "resnet18-finetune+tta"], contenders.Select(c => c.ClassifierName));
        var tune = Assert.IsType<FineTuneTrainer>(contenders[0]);
        Assert.Equal("96", tune.Settings["size"]);
        Assert.Equal("stage1", tune.Settings["freeze"]);
        Assert.IsType<TestTimeFlipTrainer>(contenders[1]);
    }

    [Fact]
    public void Given_an_unknown_name_When_parsing_Then_the_error_lists_the_valid_ones()
    {
        var error = Assert.Throws<UserInputException>(() => DeepCatalog.Parse("vgg", new ImageStreamer(1), 1, "models"));

        Assert.Equal("Unknown deep model 'vgg'; valid: cnn, resnet18-finetune, onnx:PATH.", error.Message);
    }

    [Fact]
    public void Given_onnx_with_a_missing_file_When_parsing_Then_the_error_names_the_file()
    {
        var error = Assert.Throws<UserInputException>(() => DeepCatalog.Parse("onnx:/nowhere/Net.onnx[size=28]", new ImageStreamer(1), 1, "models"));

        Assert.Contains("'/nowhere/Net.onnx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected onnx:PATH to an .onnx file", error.Message, StringComparison.Ordinal);
    }
}
