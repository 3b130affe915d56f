using ClassicCv.Catalogs;
using ClassicCv.Errors;
using ClassicCv.Features.Transforms;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class TransformCatalogTests
{
    [Fact]
    public void Given_a_list_When_parsing_Then_transforms_come_in_order_with_their_parameters()
    {
        var transforms = TransformCatalog.Parse("standardize,pca[components=0.95],l2");

        Assert.Collection(transforms,
            t => Assert.IsType<Standardizer>(t),
            t => Assert.Equal(0.95, Assert.IsType<Pca>(t).KeptVariance),
            t => Assert.IsType<L2Normalizer>(t));
    }

    [Fact]
    public void Given_a_whole_number_of_components_When_parsing_Then_pca_keeps_that_many()
    {
        Assert.Equal(64, Assert.IsType<Pca>(Assert.Single(TransformCatalog.Parse("pca[components=64]"))).Components);
    }

    [Fact]
    public void Given_pca_with_no_parameters_When_parsing_Then_it_is_the_pca_of_the_options_defaults()
    {
        var parsed = Assert.IsType<Pca>(Assert.Single(TransformCatalog.Parse("pca")));
        var typed = new Pca(new PcaOptions());

        Assert.Equal((typed.Components, typed.KeptVariance, typed.Name), (parsed.Components, parsed.KeptVariance, parsed.Name));
        Assert.Equal(0.95, parsed.KeptVariance);
    }

    [Fact]
    public void Given_none_When_parsing_Then_there_is_no_transform()
    {
        Assert.Empty(TransformCatalog.Parse("none"));
    }

    [Theory]
    [InlineData("whiten", "valid transforms: l2, pca, standardize")]
    [InlineData("pca[components=1.5]", "components=1.5")]
    [InlineData("pca[components=0]", "components=0")]
    [InlineData("pca[n=3]", "valid parameters: components")]
    [InlineData("l2[p=1]", "it takes no parameters")]
    public void Given_a_bad_transform_When_parsing_Then_the_message_says_what_is_allowed(string list, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => TransformCatalog.Parse(list));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
