using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.Core.Tests.Configuration;

public sealed class ComponentSpecTests
{
    [Fact]
    public void Given_a_list_with_bracketed_parameters_When_parsing_Then_commas_inside_brackets_stay_with_their_item()
    {
        var specs = ComponentSpec.ParseList("hog[cell=4, block=2],RAW,linear-svm[C=0.1]", "feature");

        Assert.Equal(["hog", "raw", "linear-svm"], specs.Select(s => s.Name));
        Assert.Equal("4", specs[0].Parameters["cell"]);
        Assert.Equal("2", specs[0].Parameters["BLOCK"]);
        Assert.Equal("hog[cell=4, block=2]", specs[0].Text);
    }

    [Theory]
    [InlineData("hog[cell]")]
    [InlineData("hog[cell=4")]
    [InlineData("[cell=4]")]
    [InlineData("hog]")]
    public void Given_a_malformed_spec_When_parsing_Then_the_error_shows_the_expected_form(string text)
    {
        var error = Assert.Throws<UserInputException>(() => ComponentSpec.Parse(text, "feature"));
        Assert.Contains("name[key=value,...]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_list_entry_When_parsing_Then_it_is_rejected()
    {
        Assert.Throws<UserInputException>(() => ComponentSpec.ParseList("hog,,raw", "feature"));
    }

    [Fact]
    public void Given_an_unknown_parameter_When_reading_Then_the_error_lists_the_valid_ones()
    {
        var spec = ComponentSpec.Parse("hog[cel=4]", "feature");

        var error = Assert.Throws<UserInputException>(() => new ComponentParameters(spec, "feature", ["cell", "block"]));

        Assert.Equal("The feature 'hog[cel=4]' has unknown parameter 'cel'; valid parameters: cell, block.", error.Message);
    }

    [Theory]
    [InlineData("cell=0", "cell=0; expected a whole number from 1 to 9")]
    [InlineData("cell=x", "cell=x; expected a whole number from 1 to 9")]
    [InlineData("C=0", "C=0; expected a number > 0")]
    [InlineData("signed=maybe", "signed=maybe; expected true or false")]
    [InlineData("size=0x4", "size=0x4; expected a size WxH")]
    public void Given_a_value_out_of_range_When_reading_Then_the_error_names_key_value_and_range(string parameter, string expected)
    {
        var parameters = new ComponentParameters(ComponentSpec.Parse($"x[{parameter}]", "feature"), "feature", ["cell", "C", "signed", "size"]);

        var error = Assert.Throws<UserInputException>(() =>
        {
            _ = parameters.Int("cell", 1, 1, 9);
            _ = parameters.Double("C", 1, 0);
            _ = parameters.Bool("signed", false);
            _ = parameters.Size("size");
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_size_When_reading_Then_square_and_rectangular_forms_parse()
    {
        var parameters = new ComponentParameters(ComponentSpec.Parse("x[a=32,b=64x48]", "feature"), "feature", ["a", "b"]);

        Assert.Equal((32, 32), parameters.Size("a"));
        Assert.Equal((64, 48), parameters.Size("b"));
        Assert.Null(parameters.Size("c"));
    }

    [Fact]
    public void Given_two_gridded_parameters_When_expanding_Then_every_combination_is_a_spec()
    {
        var spec = ComponentSpec.Parse("rbf-svm[C=1|10,gamma=0.1|scale]", "classifier");

        var points = spec.ExpandGrid();

        Assert.Equal(["rbf-svm[C=1,gamma=0.1]", "rbf-svm[C=1,gamma=scale]", "rbf-svm[C=10,gamma=0.1]", "rbf-svm[C=10,gamma=scale]"], points.Select(p => p.Text));
        Assert.Equal("10", points[3].Parameters["c"]);
    }

    [Fact]
    public void Given_no_grid_When_expanding_Then_the_spec_is_returned_as_is()
    {
        var spec = ComponentSpec.Parse("linear-svm[C=0.1]", "classifier");

        Assert.Same(spec, Assert.Single(spec.ExpandGrid()));
    }

    [Fact]
    public void Given_an_empty_grid_value_When_expanding_Then_the_message_names_it()
    {
        var error = Assert.Throws<UserInputException>(() => ComponentSpec.Parse("knn[k=1||3]", "classifier").ExpandGrid());

        Assert.Contains("k=1||3", error.Message, StringComparison.Ordinal);
    }
}
