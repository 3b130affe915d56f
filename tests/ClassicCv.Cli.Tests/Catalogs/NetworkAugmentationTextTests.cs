using ClassicCv.Catalogs;
using ClassicCv.Configuration;
using ClassicCv.Errors;
using ClassicCv.Torch.Augmentation;
using ClassicCv.Torch.FineTuning;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class NetworkAugmentationTextTests
{
    [Theory]
    [InlineData("cnn[augment=true]", "crop+flip")]
    [InlineData("cnn[augment=none]", "none")]
    [InlineData("cnn[augment=jitter+crop]", "crop+jitter")]
    [InlineData("cnn", "none")]
    public void Given_augment_text_When_parsing_Then_it_names_the_transforms_in_canonical_order(string text, string expected)
    {
        Assert.Equal(expected, Parse(text, NetworkAugmentation.None).Describe());
    }

    [Fact]
    public void Given_no_augment_When_parsing_Then_the_networks_default_is_kept()
    {
        Assert.Same(FineTuneOptions.DefaultAugmentation, Parse("resnet18-finetune", FineTuneOptions.DefaultAugmentation));
    }

    [Fact]
    public void Given_an_unknown_transform_When_parsing_Then_the_error_lists_the_valid_ones()
    {
        var error = Assert.Throws<UserInputException>(() => Parse("cnn[augment=crop+mixup]", NetworkAugmentation.None));

        Assert.Equal("The deep model 'cnn[augment=crop+mixup]' has augment=crop+mixup; expected none or any of crop, flip, rotate, jitter joined by '+' (e.g. augment=crop+flip).", error.Message);
    }

    private static NetworkAugmentation Parse(string text, NetworkAugmentation fallback) => NetworkAugmentationText.Parse(ComponentSpec.Parse(text, "deep model"), fallback);
}
