using ClassicCv.Configuration;
using ClassicCv.Errors;

namespace ClassicCv.Core.Tests.Configuration;

public sealed class ComponentSpecTests
{
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
