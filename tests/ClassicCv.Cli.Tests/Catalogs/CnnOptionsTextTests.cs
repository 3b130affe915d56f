using ClassicCv.Catalogs;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.Cnn;
using ClassicCv.Torch.Training;

namespace ClassicCv.Cli.Tests.Catalogs;

/// <summary><c>cnn[...]</c> text and the typed <see cref="CnnOptions"/> a C# user builds are one thing.</summary>
public sealed class CnnOptionsTextTests
{
    [Fact]
    public void Given_no_parameters_When_parsing_Then_the_options_are_the_types_defaults()
    {
        Assert.Equal(new CnnOptions(), Parse("cnn"));
    }

    [Fact]
    public void Given_every_parameter_When_parsing_Then_each_reaches_its_option()
    {
        var options = Parse("cnn[width=8,padding=1,dropout=0.5,epochs=3,batch=16,lr=0.01,schedule=cosine,size=24x20,channels=1,validation=0,patience=2,augment=crop+jitter,temperature=false,tta=true,threads=2]");

        var expected = new CnnOptions
        {
            Width = 8, Padding = 1, Dropout = 0.5, Epochs = 3, BatchSize = 16, LearningRate = 0.01, Schedule = LearningRateSchedule.Cosine, Size = (24, 20), Channels = 1,
            Validation = 0, Patience = 2, Augment = new NetworkAugmentation { Crop = true, Jitter = true }, Temperature = false, TestTimeFlip = true, Threads = 2,
        };
        Assert.Equal(expected, options);
        options.Validate();
    }

    [Fact]
    public void Given_a_class_weight_When_parsing_Then_the_entry_is_kept_for_training()
    {
        var spec = ComponentSpec.Parse("cnn[class-weight=balanced]", "deep model");

        Assert.Same(spec, CnnOptionsText.Parse(spec).ClassWeightSpec);
    }

    [Theory]
    [InlineData("cnn[dropout=1]", "The deep model 'cnn[dropout=1]' has dropout=1 and validation=0.1; expected dropout in [0, 1) and validation in [0, 0.5].")]
    [InlineData("cnn[channels=2]", "The deep model 'cnn[channels=2]' has channels=2; expected 1 (grayscale) or 3 (colour).")]
    [InlineData("cnn[schedule=step]", "The deep model 'cnn[schedule=step]' has schedule=step; expected one of onecycle, cosine, constant.")]
    [InlineData("cnn[width=0]", "The deep model 'cnn[width=0]' has width=0; expected a whole number from 1 to 1024.")]
    [InlineData("cnn[depth=3]", "The deep model 'cnn[depth=3]' has unknown parameter 'depth'; valid parameters: width, padding, dropout, epochs, batch, lr, schedule, size, channels, validation, patience, augment, temperature, tta, threads, class-weight.")]
    public void Given_bad_options_When_parsing_Then_the_error_says_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Parse(text));

        Assert.Equal(expected, error.Message);
    }

    private static CnnOptions Parse(string text) => CnnOptionsText.Parse(ComponentSpec.Parse(text, "deep model"));
}
