using ClassicCv.Catalogs;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.FineTuning;
using ClassicCv.Torch.Training;

namespace ClassicCv.Cli.Tests.Catalogs;

/// <summary><c>resnet18-finetune[...]</c> text and the typed <see cref="FineTuneOptions"/> a C# user builds are one thing.</summary>
public sealed class FineTuneOptionsTextTests
{
    [Fact]
    public void Given_no_parameters_When_parsing_Then_the_options_are_the_types_defaults()
    {
        var options = Parse("resnet18-finetune");

        Assert.Equal(new FineTuneOptions(), options);
        Assert.Equal("crop", options.Augment.Describe());
        Assert.Equal(options.LearningRate / 10, options.EffectiveBackboneLearningRate, 12);
    }

    [Fact]
    public void Given_every_parameter_When_parsing_Then_each_reaches_its_option()
    {
        var options = Parse("resnet18-finetune[size=96,epochs=2,batch=8,lr=0.01,backbone-lr=0.002,schedule=cosine,weight-decay=0,freeze=stage1,validation=0.2,patience=4,augment=none,label-smoothing=0,temperature=false,tta=true,threads=2,models=/m]");

        var expected = new FineTuneOptions
        {
            Size = 96, Epochs = 2, BatchSize = 8, LearningRate = 0.01, BackboneLearningRate = 0.002, Schedule = LearningRateSchedule.Cosine, WeightDecay = 0,
            FrozenThrough = 1, Validation = 0.2, Patience = 4, Augment = NetworkAugmentation.None, LabelSmoothing = 0, Temperature = false, TestTimeFlip = true,
            Threads = 2, ModelsFolder = "/m",
        };
        Assert.Equal(expected, options);
        options.Validate();
    }

    [Theory]
    [InlineData("resnet18-finetune[size=48]", "The deep model 'resnet18-finetune[size=48]' has size=48; expected a multiple of 32 from 32 to 512 (ResNet-18 halves the side five times).")]
    [InlineData("resnet18-finetune[freeze=stage5]", "The deep model 'resnet18-finetune[freeze=stage5]' has freeze=stage5; expected one of none, stem, stage1, stage2, stage3, stage4.")]
    [InlineData("resnet18-finetune[label-smoothing=1]", "The deep model 'resnet18-finetune[label-smoothing=1]' has validation=0.1 and label-smoothing=1; expected validation in [0, 0.5] and label-smoothing in [0, 1).")]
    [InlineData("resnet18-finetune[schedule=step]", "The deep model 'resnet18-finetune[schedule=step]' has schedule=step; expected one of onecycle, cosine, constant.")]
    [InlineData("resnet18-finetune[batch=1]", "The deep model 'resnet18-finetune[batch=1]' has batch=1; expected a whole number from 2 to 4096.")]
    [InlineData("resnet18-finetune[depth=3]", "unknown parameter 'depth'")]
    public void Given_bad_options_When_parsing_Then_the_error_says_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static FineTuneOptions Parse(string text) => FineTuneOptionsText.Parse(ComponentSpec.Parse(text, "deep model"));
}
