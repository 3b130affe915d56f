using ClassicCv.Catalogs;
using ClassicCv.Errors;
using ClassicCv.OpenCv.Features;

namespace ClassicCv.Cli.Tests.Catalogs;

public sealed class FeatureCatalogTests
{
    [Fact]
    public void Given_a_list_of_pipelines_When_parsing_Then_plus_joins_extractors_and_commas_separate_pipelines()
    {
        var specs = FeatureCatalog.Parse("hog[cell=4,block=2],sift-bovw,color-hist,hog+color-hist+lbp[grid=2]");

        Assert.Equal(["hog[cell=4,block=2]", "sift-bovw", "color-hist", "hog+color-hist+lbp[grid=2]"], specs.Select(s => s.Name));
        var composite = Assert.IsType<CompositeSpec>(specs[3]);
        Assert.Collection(composite.Parts,
            part => Assert.IsType<HogSpec>(part),
            part => Assert.IsType<ColorHistogramSpec>(part),
            part => Assert.Equal(2, Assert.IsType<LbpSpec>(part).Options.Grid));
    }

    [Fact]
    public void Given_an_unknown_extractor_When_parsing_Then_the_message_lists_the_valid_ones()
    {
        var error = Assert.Throws<UserInputException>(() => FeatureCatalog.Parse("hog+surf"));

        Assert.Contains("Unknown feature 'surf'; valid features: color-hist, fisher, hog, kmeans-patches, lbp, raw, resnet18, sift-bovw, vlad", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hog+", "empty entry")]
    [InlineData("hog,,raw", "empty entry")]
    [InlineData("lbp[grid=x]+hog", "grid=x")]
    [InlineData("hog+color-hist[colour=hsv]", "valid parameters: space, bins, grid, size")]
    public void Given_a_malformed_list_When_parsing_Then_it_is_a_user_error(string list, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => FeatureCatalog.Parse(list));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
